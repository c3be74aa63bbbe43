using System.Globalization;
using Microsoft.AspNetCore.Http.Features;

namespace StPlatform.Programmes.Attachments;

/// <summary>
/// Reads the file of an upload (multipart field <c>file</c>) under the configured size cap, for
/// the API and the page alike: the request body is limited before it is read, the size is checked
/// again on the file itself, and the type is decided from the content.
/// </summary>
public static class AttachmentUpload
{
    public const string FileField = "file";

    public static async Task<UploadedFile> ReadAsync(HttpRequest request, AttachmentOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        if (request.ContentLength > options.MaxRequestBytes)
        {
            return UploadedFile.TooLarge(options);
        }
        if (!request.HasFormContentType)
        {
            return UploadedFile.Invalid("Gửi tệp dạng multipart/form-data, trường \"file\". / Send the file as multipart/form-data, field \"file\".");
        }
        LimitBody(request.HttpContext, options);
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            return UploadedFile.TooLarge(options);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return UploadedFile.TooLarge(options);
        }
        var file = form.Files.GetFile(FileField);
        if (file is null || file.Length == 0)
        {
            return UploadedFile.Invalid("Chọn một tệp PDF hoặc DOCX. / Choose a PDF or DOCX file.");
        }
        if (file.Length > options.MaxAttachmentBytes)
        {
            return UploadedFile.TooLarge(options);
        }
        await using var content = file.OpenReadStream();
        return AttachmentContent.TypeOf(content) is { } contentType
            ? new UploadedFile(file, contentType, StatusCodes.Status200OK, null)
            : UploadedFile.Invalid("Chỉ nhận tệp PDF hoặc DOCX (xét theo nội dung tệp, không theo tên). / Only PDF or DOCX files are accepted (judged by content, not name).");
    }

    /// <summary>Kestrel and the form reader stop at the cap, rather than at their own defaults.</summary>
    private static void LimitBody(HttpContext httpContext, AttachmentOptions options)
    {
        if (httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            body.MaxRequestBodySize = options.MaxRequestBytes;
        }
        if (httpContext.Features.Get<IFormFeature>() is not { Form: not null })
        {
            httpContext.Features.Set<IFormFeature>(new FormFeature(httpContext.Request,
                new FormOptions { MultipartBodyLengthLimit = options.MaxRequestBytes }));
        }
    }

    public static string MaxSize(AttachmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.Create(CultureInfo.InvariantCulture, $"{options.MaxAttachmentBytes / (1024.0 * 1024.0):0.#} MB");
    }
}

/// <summary>The file of an upload and its type, or why it was refused (400 or 413) in words for the user.</summary>
public sealed record UploadedFile(IFormFile? File, string? ContentType, int Status, string? Error)
{
    public static UploadedFile Invalid(string error) => new(null, null, StatusCodes.Status400BadRequest, error);

    public static UploadedFile TooLarge(AttachmentOptions options)
    {
        var max = AttachmentUpload.MaxSize(options);
        return new(null, null, StatusCodes.Status413PayloadTooLarge, $"Tệp tối đa {max}. / A file may be at most {max}.");
    }
}
