using System.Globalization;
using System.Text;

namespace StPlatform.Programmes.Attachments;

public static class AttachmentNames
{
    /// <summary>
    /// The user's file name as shown and downloaded: no folder part (some browsers send a whole
    /// Windows path), no control characters, at most 255 characters, never empty.
    /// </summary>
    public static string Clean(string? fileName)
    {
        var name = (fileName ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim().Normalize(NormalizationForm.FormC);
        if (name.Length > DocumentAttachment.FileNameMaxLength)
        {
            name = name[..DocumentAttachment.FileNameMaxLength];
        }
        return name.Length == 0 ? "tep-dinh-kem" : name;
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
    };
}
