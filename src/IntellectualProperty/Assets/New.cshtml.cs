using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.IntellectualProperty.Data;
using StPlatform.IntellectualProperty.LegalEvents;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.IntellectualProperty.Assets;

/// <summary>The registry's entry form: the same request and rules as <c>POST /api/ip</c>.</summary>
[Authorize(Policy = PlatformPolicies.RecordIp)]
public sealed class NewModel(IpDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public AssetForm Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var now = clock.GetUtcNow();
        var asset = Input.ToRequest().ToAsset(errors, CityTime.Today(clock), now);
        ModelState.AddValidationErrors(AssetForm.ForForm(errors));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        asset.RecordFiling(user.Name, now);
        db.Assets.Add(asset);
        db.PublishLater(IpIntegrationEvents.Filed(asset, now));
        if (!await db.TrySaveUniqueAsync(cancellationToken))
        {
            ModelState.AddModelError("applicationNumber", CreateIpAssetRequest.DuplicateMessage(asset.ApplicationNumber));
            return Page();
        }
        Message = $"Đã ghi nhận đơn {asset.ApplicationNumber}. / Application {asset.ApplicationNumber} recorded.";
        return Redirect($"/ip/assets/{asset.Id}");
    }
}
