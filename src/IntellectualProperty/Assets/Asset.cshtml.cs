using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.IntellectualProperty.Data;
using StPlatform.IntellectualProperty.LegalEvents;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.IntellectualProperty.Assets;

/// <summary>
/// One asset with its timeline; officers record the next legal event on the same page. The form
/// carries the version it was read at, so a change made meanwhile by someone else is not overwritten.
/// </summary>
public sealed class AssetModel(IpDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public IpAssetResponse Asset { get; private set; } = null!;

    public bool CanRecord => user.IsInRole(PlatformRoles.IpOfficer) || user.IsInRole(PlatformRoles.Administrator);

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public string? Reference { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var asset = await db.FindWithHistoryAsync(id, cancellationToken);
        if (asset is null || !db.Assets.VisibleTo(user.ReadsUnpublished()).Any(a => a.Id == id))
        {
            return NotFound();
        }
        await ShowAsync(asset, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!CanRecord)
        {
            return Forbid();
        }
        var asset = await db.FindWithHistoryAsync(id, cancellationToken);
        if (asset is null)
        {
            return NotFound();
        }
        if (asset.Version != Version)
        {
            ModelState.AddModelError("kind", "Hồ sơ vừa được người khác cập nhật; hãy xem lại rồi ghi nhận. / Someone changed this asset meanwhile; review it and record again.");
            await ShowAsync(asset, cancellationToken);
            return Page();
        }
        var (errors, saved) = await LegalEventApi.RecordAsync(db, asset, new RecordLegalEventRequest(Kind, Date, Reference, Note), user.Name, clock, cancellationToken);
        if (errors is not null || !saved)
        {
            foreach (var (field, messages) in errors ?? new Dictionary<string, string[]> { ["kind"] = ["Hồ sơ vừa được người khác cập nhật. / Someone changed this asset meanwhile."] })
            {
                Array.ForEach(messages, m => ModelState.AddModelError(field, m));
            }
            db.ChangeTracker.Clear();
            await ShowAsync((await db.FindWithHistoryAsync(id, cancellationToken))!, cancellationToken);
            return Page();
        }
        Message = "Đã ghi nhận sự kiện. / Event recorded.";
        return Redirect($"/ip/assets/{id}");
    }

    private async Task ShowAsync(IpAsset asset, CancellationToken cancellationToken)
    {
        Asset = IpAssetResponse.From(asset, CityTime.Today(clock), await db.OrganisationsOfAsync([asset], cancellationToken));
        Version = asset.Version;
        ModelState.Remove(nameof(Version));
    }
}
