using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.IntellectualProperty.Import;

[Authorize(Policy = PlatformPolicies.RecordIp)]
[RequestSizeLimit(MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 64 * 1024)]
public sealed class ImportModel(ImportJobs jobs, CurrentUser user) : PageModel
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Hãy chọn một tệp CSV. / Choose a CSV file.");
            return Page();
        }
        if (file.Length > MaxBytes)
        {
            ModelState.AddModelError("file", "Tệp tối đa 10 MB. / The file may be at most 10 MB.");
            return Page();
        }
        using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
        string content;
        try
        {
            content = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            ModelState.AddModelError("file", "Tệp phải là CSV mã hóa UTF-8. / The file must be UTF-8 CSV.");
            return Page();
        }
        var job = jobs.Start(Path.GetFileName(file.FileName), user.Name, content);
        return Redirect($"/ip/import/{job.Id}");
    }
}
