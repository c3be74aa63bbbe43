using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Documents;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Attachments;

/// <summary>Files attached to a document: read like the document, uploaded and deleted like an edit of it.</summary>
public static class AttachmentApi
{
    public static IEndpointRouteBuilder MapAttachmentApi(this IEndpointRouteBuilder app)
    {
        var attachments = app.MapGroup($"{ProgrammeDocumentApi.Prefix}/{{id:guid}}/attachments").WithTags("Attachments");

        attachments.MapGet("/", ListAttachments)
            .WithName(nameof(ListAttachments))
            .WithSummary("The document's attachments, oldest first: original name, size, SHA-256, type, uploader and time.");
        attachments.MapPost("/", UploadAttachment)
            .WithName(nameof(UploadAttachment))
            .Accepts<AttachmentForm>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Attaches a PDF or DOCX (multipart field \"file\"), recognised by its content; larger than the cap (20 MB by default) is a 413 naming \"file\".")
            .RequireAuthorization(PlatformPolicies.ManageProgrammes);
        attachments.MapGet("/{attachmentId:guid}", DownloadAttachment)
            .WithName(nameof(DownloadAttachment))
            .Produces<Stream>(StatusCodes.Status200OK, AttachmentContent.Pdf, AttachmentContent.Docx)
            .WithSummary("Downloads the file under its original name (Content-Disposition: attachment, RFC 5987 for Vietnamese names).");
        attachments.MapDelete("/{attachmentId:guid}", DeleteAttachment)
            .WithName(nameof(DeleteAttachment))
            .WithSummary("Deletes an attachment; the document's history keeps that it was there.")
            .RequireAuthorization(PlatformPolicies.ManageProgrammes);
        return app;
    }

    public static async Task<Results<Ok<List<AttachmentResponse>>, NotFound>> ListAttachments(
        Guid id, ProgrammesDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!await db.Documents.VisibleTo(user).AnyAsync(d => d.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await AttachmentResponse.ListAsync(db, id, cancellationToken));
    }

    public static async Task<Results<Created<AttachmentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UploadAttachment(
        Guid id, HttpRequest request, ProgrammesDbContext db, AttachmentStore store, CurrentUser user, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return TypedResults.NotFound();
        }
        var upload = await AttachmentUpload.ReadAsync(request, store.Options, cancellationToken);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal) { [AttachmentUpload.FileField] = [upload.Error ?? string.Empty] };
        if (upload.Status == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem(statusCode: upload.Status, title: "Tệp quá lớn / File too large", detail: upload.Error,
                extensions: new Dictionary<string, object?> { ["errors"] = errors });
        }
        if (upload.Error is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var attachment = await store.AddAsync(db, document, upload, user.Name, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Created($"{ProgrammeDocumentApi.Prefix}/{id}/attachments/{attachment.Id}", AttachmentResponse.From(attachment));
    }

    public static async Task<Results<FileStreamHttpResult, NotFound>> DownloadAttachment(
        Guid id, Guid attachmentId, ProgrammesDbContext db, AttachmentStore store, CurrentUser user, HttpContext httpContext,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!await db.Documents.VisibleTo(user).AnyAsync(d => d.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var attachment = await db.Attachments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == attachmentId && a.DocumentId == id, cancellationToken);
        if (attachment is null || !File.Exists(store.PathOf(attachment)))
        {
            return TypedResults.NotFound();
        }
        // The type was decided from the content on upload; the browser must not guess another.
        httpContext.Response.Headers.XContentTypeOptions = "nosniff";
        var content = new FileStream(store.PathOf(attachment), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        return TypedResults.File(content, attachment.ContentType, attachment.FileName);
    }

    public static async Task<Results<NoContent, NotFound>> DeleteAttachment(
        Guid id, Guid attachmentId, ProgrammesDbContext db, AttachmentStore store, CurrentUser user, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        var attachment = await db.Attachments.SingleOrDefaultAsync(a => a.Id == attachmentId && a.DocumentId == id, cancellationToken);
        if (document is null || attachment is null)
        {
            return TypedResults.NotFound();
        }
        await store.RemoveAsync(db, document, attachment, user.Name, clock.GetUtcNow(), cancellationToken);
        return TypedResults.NoContent();
    }
}

/// <summary>What an upload sends, as OpenAPI describes it: one file in the field <c>file</c>.</summary>
public sealed record AttachmentForm(IFormFile File);

public sealed record AttachmentResponse(Guid Id, string FileName, string ContentType, long Size, string Sha256, string UploadedBy, DateTimeOffset UploadedAt)
{
    public static AttachmentResponse From(DocumentAttachment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedBy, a.UploadedAt);
    }

    public static Task<List<AttachmentResponse>> ListAsync(ProgrammesDbContext db, Guid documentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Attachments.AsNoTracking().Where(a => a.DocumentId == documentId)
            .OrderBy(a => a.UploadedAt).ThenBy(a => a.Id)
            .Select(a => new AttachmentResponse(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedBy, a.UploadedAt))
            .ToListAsync(cancellationToken);
    }
}
