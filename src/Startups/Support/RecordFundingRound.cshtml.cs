using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Startups.Data;
using StPlatform.Startups.Directory;

namespace StPlatform.Startups.Support;

/// <summary>Records a funding round: <see cref="SupportApi.RecordFundingRound"/> behind a form.</summary>
[Authorize(Policy = PlatformPolicies.EditDirectory)]
public sealed class RecordFundingRoundModel(StartupsDbContext db, TimeProvider clock) : EditorFormModel(db)
{
    [BindProperty]
    public FundingRoundRequest Input { get; set; } = new(null, null, null, null);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        SubmitAsync(LoadAsync(id, cancellationToken),
            async () => (await SupportApi.RecordFundingRound(id, Input, Db, clock, cancellationToken)).Result,
            () => $"Đã ghi nhận vòng gọi vốn năm {Input.Year}. / Funding round of {Input.Year} recorded.");
}
