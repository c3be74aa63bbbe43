using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Startups.Data;
using StPlatform.Startups.Directory;

namespace StPlatform.Startups.Certificates;

/// <summary>Records an S&amp;T enterprise certificate: <see cref="CertificateApi.RecordCertificate"/> behind a form.</summary>
[Authorize(Policy = PlatformPolicies.EditDirectory)]
public sealed class RecordCertificateModel(StartupsDbContext db, TimeProvider clock) : EditorFormModel(db)
{
    [BindProperty]
    public CertificateRequest Input { get; set; } = new(null, null, null);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        SubmitAsync(LoadAsync(id, cancellationToken),
            async () => (await CertificateApi.RecordCertificate(id, Input, Db, clock, cancellationToken)).Result,
            () => $"Đã ghi nhận giấy chứng nhận số {Input.Number}. / Certificate {Input.Number} recorded.");
}
