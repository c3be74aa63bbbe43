using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.Programmes.Data;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Documents;

public sealed class IndexModel(ProgrammesDbContext db, CurrentUser user) : PageModel
{
    public PagedList<ProgrammeDocumentResponse> Documents { get; private set; } = null!;

    public DocumentFilter Filter { get; private set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync([FromQuery] int? page, [FromQuery] string? kind, [FromQuery] string? status,
        [FromQuery] string? q, CancellationToken cancellationToken)
    {
        // A year that does not parse is no filter rather than a failed page.
        int? year = int.TryParse(Request.Query["year"], out var y) ? y : null;
        Filter = new DocumentFilter(kind, status, year, q);
        Documents = await Filter.Apply(db.Documents, user).ToNewestFirstPageAsync(new PageRequest(page), cancellationToken);
    }
}
