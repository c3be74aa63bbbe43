using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts.Startups;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Startups.Data;
using StPlatform.Startups.Directory;
using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Certificates;

/// <summary>S&amp;T enterprise certificates: recorded and revoked by an editor, announced to the programme registry.</summary>
public static class CertificateApi
{
    public static IEndpointRouteBuilder MapCertificateApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{OrganisationApi.Prefix}/{{id:guid}}/certificates").WithTags("Certificates")
            .RequireAuthorization(PlatformPolicies.EditDirectory);
        group.MapPost("/", RecordCertificate)
            .WithName(nameof(RecordCertificate))
            .WithSummary("Records an S&T enterprise certificate (number, date, issuer) for an organisation of the directory.");
        group.MapPost("/{certificateId:guid}/revocation", RevokeCertificate)
            .WithName(nameof(RevokeCertificate))
            .WithSummary("Revokes a certificate, with the date and the reason.");
        return app;
    }

    public static async Task<Results<Created<CertificateResponse>, NotFound, ValidationProblem, ProblemHttpResult>> RecordCertificate(
        Guid id, CertificateRequest request, StartupsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }
        var errors = new ValidationErrors();
        var today = CityTime.Today(clock);
        var certificate = new StCertificate
        {
            OrganisationId = id,
            Number = errors.Text("number", request.Number, StCertificate.NumberMaxLength),
            IssuedOn = errors.Required("issuedOn", request.IssuedOn),
            Issuer = errors.Text("issuer", request.Issuer, Organisation.TextMaxLength),
        };
        if (request.IssuedOn > today)
        {
            errors.Add("issuedOn", "Ngày cấp không thể ở tương lai. / The issue date cannot be in the future.");
        }
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (!organisation.IsInDirectory)
        {
            return StateConflict.Problem("id", "Tổ chức cần được xác minh trước khi ghi nhận giấy chứng nhận. / The organisation must be verified before a certificate is recorded.");
        }
        var now = clock.GetUtcNow();
        db.Certificates.Add(certificate);
        organisation.LastUpdatedAt = now;
        db.PublishLater(new StEnterpriseCertified(Guid.NewGuid(), now, id, organisation.TaxCode, certificate.Number, certificate.IssuedOn, certificate.Issuer));
        if (!await db.TrySaveUniqueAsync(cancellationToken))
        {
            return DuplicateRecords.Conflict("number", $"Số giấy chứng nhận {certificate.Number} đã được ghi nhận. / Certificate {certificate.Number} is already recorded.");
        }
        return TypedResults.Created($"{OrganisationApi.Prefix}/{id}", Response(certificate));
    }

    public static async Task<Results<Ok<CertificateResponse>, NotFound, ValidationProblem, ProblemHttpResult>> RevokeCertificate(
        Guid id, Guid certificateId, RevocationRequest request, StartupsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.SingleOrDefaultAsync(c => c.Id == certificateId && c.OrganisationId == id, cancellationToken);
        if (certificate is null)
        {
            return TypedResults.NotFound();
        }
        var errors = new ValidationErrors();
        var reason = errors.Text("reason", request.Reason, StCertificate.ReasonMaxLength);
        var today = CityTime.Today(clock);
        var revokedOn = request.RevokedOn ?? today;
        if (revokedOn < certificate.IssuedOn)
        {
            errors.Add("revokedOn", "Ngày thu hồi không thể trước ngày cấp. / A certificate cannot be revoked before it was issued.");
        }
        // A revocation takes effect when recorded (the badge and the indicator drop now), so it cannot be post-dated.
        if (revokedOn > today)
        {
            errors.Add("revokedOn", "Ngày thu hồi không thể ở tương lai. / The revocation date cannot be in the future.");
        }
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (!certificate.Revoke(revokedOn, reason))
        {
            return StateConflict.Problem("certificateId", "Giấy chứng nhận này đã bị thu hồi. / This certificate is already revoked.");
        }
        var now = clock.GetUtcNow();
        var taxCode = await db.Organisations.Where(o => o.Id == id).Select(o => o.TaxCode).SingleAsync(cancellationToken);
        db.PublishLater(new StEnterpriseCertificateRevoked(Guid.NewGuid(), now, id, taxCode, certificate.Number, revokedOn, reason));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(Response(certificate));
    }

    private static CertificateResponse Response(StCertificate c) =>
        new(c.Id, c.Number, c.IssuedOn, c.Issuer, c.Status, c.RevokedOn, c.RevocationReason);
}

public sealed record CertificateRequest(string? Number, DateOnly? IssuedOn, string? Issuer);

public sealed record RevocationRequest(string? Reason, DateOnly? RevokedOn);
