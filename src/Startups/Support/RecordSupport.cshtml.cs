using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Startups.Data;
using StPlatform.Startups.Directory;

namespace StPlatform.Startups.Support;

/// <summary>Records support received: <see cref="SupportApi.RecordSupport"/> behind a form.</summary>
[Authorize(Policy = PlatformPolicies.EditDirectory)]
public sealed class RecordSupportModel(StartupsDbContext db, TimeProvider clock) : EditorFormModel(db)
{
    [BindProperty]
    public SupportRequest Input { get; set; } = new(null, null, null);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        SubmitAsync(LoadAsync(id, cancellationToken),
            async () => (await SupportApi.RecordSupport(id, Input, Db, clock, cancellationToken)).Result,
            () => $"Đã ghi nhận hỗ trợ từ {Input.Programme}. / Support from {Input.Programme} recorded.");
}
