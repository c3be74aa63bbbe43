using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.IntellectualProperty.Data;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.IntellectualProperty.Alerts;

[Authorize(Policy = PlatformPolicies.RecordIp)]
public sealed class AlertsModel(IpDbContext db, IConfiguration configuration, TimeProvider clock) : PageModel
{
    public PagedList<FeeAlert> Alerts { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public int? Days { get; set; }

    public int Window { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        Window = FeeAlerts.Window(Days, configuration);
        Alerts = await FeeAlerts.LoadAsync(db, new PageRequest(page), Window, CityTime.Today(clock), cancellationToken);
    }
}
