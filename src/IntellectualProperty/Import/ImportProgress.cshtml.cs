using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.IntellectualProperty.Import;

/// <summary>The import's progress; it refreshes itself (no script needed) until the import ends.</summary>
[Authorize(Policy = PlatformPolicies.RecordIp)]
public sealed class ImportProgressModel(ImportJobs jobs) : PageModel
{
    public ImportJob Job { get; private set; } = null!;

    public IActionResult OnGet(Guid id)
    {
        if (jobs.Find(id) is not { } job)
        {
            return NotFound();
        }
        Job = job;
        if (job.IsRunning)
        {
            Response.Headers["Refresh"] = "1";
        }
        return Page();
    }
}
