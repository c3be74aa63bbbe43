using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.ServiceDefaults.Audit;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.ServiceDefaults.AuditPages;

/// <summary>The service's audit trail, for administrators: who changed what, when, before and after.</summary>
[Authorize(Policy = PlatformPolicies.Administrator)]
public sealed class AuditModel(IAuditLog log) : PageModel
{
    public PagedList<AuditEntry> Entries { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] int? page, CancellationToken cancellationToken) =>
        Entries = await log.PageAsync(new PageRequest(page), cancellationToken);
}
