using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Documents;
using StPlatform.Programmes.History;

namespace StPlatform.Programmes.Attachments;

/// <summary>
/// Keeps attachments' bytes in one folder under names it makes (GUIDs), so a user's file name can
/// never choose a path; their rows and the document's history go through the same save.
/// </summary>
public sealed class AttachmentStore
{
    public AttachmentStore(IOptions<AttachmentOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        Options = options.Value;
        Folder = Path.GetFullPath(Options.AttachmentDirectory ?? Path.Combine("data", "attachments"), environment.ContentRootPath);
    }

    public AttachmentOptions Options { get; }

    public string Folder { get; }

    public string PathOf(DocumentAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return Path.Combine(Folder, attachment.StoredName);
    }

    /// <summary>Writes the file, then its row and a history line; the file goes again if the save fails.</summary>
    public async Task<DocumentAttachment> AddAsync(ProgrammesDbContext db, ProgrammeDocument document, UploadedFile upload,
        string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(upload);
        var file = upload.File ?? throw new ArgumentException("The upload was refused.", nameof(upload));
        Directory.CreateDirectory(Folder);
        var storedName = Guid.NewGuid().ToString("N");
        var path = Path.Combine(Folder, storedName);
        string sha256;
        await using (var content = file.OpenReadStream())
        {
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
            content.Position = 0;
            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await content.CopyToAsync(target, cancellationToken);
        }
        var attachment = new DocumentAttachment
        {
            DocumentId = document.Id,
            FileName = AttachmentNames.Clean(file.FileName),
            StoredName = storedName,
            ContentType = upload.ContentType!,
            Size = file.Length,
            Sha256 = sha256,
            UploadedBy = by,
            UploadedAt = at,
        };
        db.Add(attachment);
        document.Record(HistoryAction.AttachmentAdded, by, at, null, $"{attachment.FileName} ({AttachmentNames.Size(attachment.Size)})");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        return attachment;
    }

    /// <summary>Removes the row (with a history line) first: a file left behind is harmless, a row without its file is not.</summary>
    public async Task RemoveAsync(ProgrammesDbContext db, ProgrammeDocument document, DocumentAttachment attachment,
        string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(attachment);
        db.Remove(attachment);
        document.Record(HistoryAction.AttachmentRemoved, by, at, null, $"{attachment.FileName} ({AttachmentNames.Size(attachment.Size)})");
        await db.SaveChangesAsync(cancellationToken);
        File.Delete(PathOf(attachment));
    }
}
