using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts.Startups;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Startups.Data;
using StPlatform.Startups.Directory;
using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Support;

/// <summary>Support received from programmes (announced to the programme registry) and funding rounds.</summary>
public static class SupportApi
{
    public const decimal MaxAmountMillionVnd = 100_000_000m;

    public static IEndpointRouteBuilder MapSupportApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{OrganisationApi.Prefix}/{{id:guid}}").WithTags("Support")
            .RequireAuthorization(PlatformPolicies.EditDirectory);
        group.MapPost("/support", RecordSupport)
            .WithName(nameof(RecordSupport))
            .WithSummary("Records support an organisation received (programme, year, amount in million VND).");
        group.MapPost("/funding-rounds", RecordFundingRound)
            .WithName(nameof(RecordFundingRound))
            .WithSummary("Records a funding round (kind, year, amount in million VND, investors).");
        return app;
    }

    public static async Task<Results<Created<SupportResponse>, NotFound, ValidationProblem>> RecordSupport(
        Guid id, SupportRequest request, StartupsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }
        var errors = new ValidationErrors();
        var support = new SupportReceived
        {
            OrganisationId = id,
            Programme = errors.Text("programme", request.Programme, SupportReceived.ProgrammeMaxLength),
            Year = Year(errors, request.Year, clock),
            AmountMillionVnd = Amount(errors, request.AmountMillionVnd),
        };
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var now = clock.GetUtcNow();
        db.Support.Add(support);
        organisation.LastUpdatedAt = now;
        db.PublishLater(new StartupSupported(Guid.NewGuid(), now, id, organisation.TaxCode, support.Programme, support.Year, support.AmountMillionVnd));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{OrganisationApi.Prefix}/{id}", new SupportResponse(support.Id, support.Programme, support.Year, support.AmountMillionVnd));
    }

    public static async Task<Results<Created<FundingRoundResponse>, NotFound, ValidationProblem>> RecordFundingRound(
        Guid id, FundingRoundRequest request, StartupsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }
        var errors = new ValidationErrors();
        var round = new FundingRound
        {
            OrganisationId = id,
            Kind = errors.Choice<RoundKind>("kind", request.Kind),
            Year = Year(errors, request.Year, clock),
            AmountMillionVnd = Amount(errors, request.AmountMillionVnd),
            Investors = string.IsNullOrWhiteSpace(request.Investors) ? null : errors.Text("investors", request.Investors, FundingRound.InvestorsMaxLength),
        };
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        db.FundingRounds.Add(round);
        organisation.LastUpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{OrganisationApi.Prefix}/{id}", new FundingRoundResponse(round.Id, round.Kind, round.Year, round.AmountMillionVnd, round.Investors));
    }

    private static int Year(ValidationErrors errors, int? year, TimeProvider clock)
    {
        var value = errors.Required("year", year);
        if (year is not null)
        {
            errors.Range("year", value, OrganisationInput.MinFoundedYear, CityTime.Today(clock).Year);
        }
        return value;
    }

    private static decimal? Amount(ValidationErrors errors, decimal? amount)
    {
        if (amount is < 0 or > MaxAmountMillionVnd)
        {
            errors.Add("amountMillionVnd", $"Phải từ 0 đến {MaxAmountMillionVnd:0} triệu đồng. / Must be between 0 and {MaxAmountMillionVnd:0} million VND.");
        }
        return amount;
    }
}

public sealed record SupportRequest(string? Programme, int? Year, decimal? AmountMillionVnd);

public sealed record FundingRoundRequest(string? Kind, int? Year, decimal? AmountMillionVnd, string? Investors);
