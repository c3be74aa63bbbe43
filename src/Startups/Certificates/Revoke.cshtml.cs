using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Startups.Data;
using StPlatform.Startups.Directory;

namespace StPlatform.Startups.Certificates;

/// <summary>Revokes a certificate with its reason: <see cref="CertificateApi.RevokeCertificate"/> behind a form.</summary>
[Authorize(Policy = PlatformPolicies.EditDirectory)]
public sealed class RevokeCertificateModel(StartupsDbContext db, TimeProvider clock) : EditorFormModel(db)
{
    [BindProperty]
    public RevocationRequest Input { get; set; } = new(null, null);

    public StCertificate Certificate { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid certificateId, CancellationToken cancellationToken) =>
        await LoadAsync(id, certificateId, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAsync(Guid id, Guid certificateId, CancellationToken cancellationToken) =>
        SubmitAsync(LoadAsync(id, certificateId, cancellationToken),
            async () => (await CertificateApi.RevokeCertificate(id, certificateId, Input, Db, clock, cancellationToken)).Result,
            () => $"Đã thu hồi giấy chứng nhận số {Certificate.Number}. / Certificate {Certificate.Number} revoked.");

    private async Task<bool> LoadAsync(Guid id, Guid certificateId, CancellationToken cancellationToken)
    {
        var certificate = await Db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == certificateId && c.OrganisationId == id, cancellationToken);
        Certificate = certificate!;
        return certificate is not null && await LoadAsync(id, cancellationToken);
    }
}
