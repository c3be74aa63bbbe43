using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Data;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.IntellectualProperty.Owners;

public sealed class PortfolioModel(IpDbContext db, CurrentUser user) : PageModel
{
    public PortfolioResponse Portfolio { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string taxCode, [FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        if (!TaxCode.IsWellFormed(taxCode))
        {
            return NotFound();
        }
        Portfolio = await PortfolioApi.LoadAsync(db, taxCode, new PageRequest(page), user.ReadsUnpublished(), cancellationToken);
        return Page();
    }
}
