using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using StPlatform.Contracts.Startups;
using StPlatform.Startups.Organisations;
using StPlatform.Startups.Tests.Organisations;
using StPlatform.TestSupport;

namespace StPlatform.Startups.Tests.Certificates;

[Collection(SharedStartupsService.Name)]
public sealed class CertificateApiTests(StartupsFixture fixture)
{
    private async Task<Organisation> ListedAsync()
    {
        var organisation = SampleOrganisations.Entity(SampleOrganisations.UniqueName());
        await fixture.WithDbAsync(db => { db.Organisations.Add(organisation); return db.SaveChangesAsync(); });
        return organisation;
    }

    private static object Certificate(string number) => new { number, issuedOn = "2025-04-18", issuer = "Sở Khoa học và Công nghệ Hải Phòng" };

    [Fact]
    public async Task Recorded_certificate_gives_the_profile_its_badge_and_a_revocation_takes_it_away_both_announced()
    {
        var organisation = await ListedAsync();
        using var editor = fixture.CreateClient();
        var number = $"{Unique.Digits(3)}/DNKHCN-{Unique.Suffix()}";

        using var recorded = await editor.PostAsJsonAsync(new Uri($"{OrganisationApi.Prefix}/{organisation.Id}/certificates", UriKind.Relative), Certificate(number));
        var certificateId = (await recorded.Content.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        var certified = await editor.ReadAllPagesAsync($"{OrganisationApi.Prefix}?certified=true");
        using var revoked = await editor.PostAsJsonAsync(
            new Uri($"{OrganisationApi.Prefix}/{organisation.Id}/certificates/{certificateId}/revocation", UriKind.Relative),
            new { reason = "Không còn đáp ứng điều kiện doanh thu theo Nghị định 13/2019/NĐ-CP.", revokedOn = "2026-10-01" });
        var profile = await editor.GetFromJsonAsync<JsonElement>(new Uri($"{OrganisationApi.Prefix}/{organisation.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Contains(certified, o => o.GetProperty("id").GetGuid() == organisation.Id);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.False(profile.GetProperty("organisation").GetProperty("certified").GetBoolean());
        Assert.Equal("revoked", Assert.Single(profile.GetProperty("certificates").EnumerateArray()).GetProperty("status").GetString());
        var certifiedEvent = Assert.Single(await fixture.EventsAsync<StEnterpriseCertified>(e => e.OrganisationId == organisation.Id));
        Assert.Equal((organisation.TaxCode, number), (certifiedEvent.TaxCode, certifiedEvent.CertificateNumber));
        var revokedEvent = Assert.Single(await fixture.EventsAsync<StEnterpriseCertificateRevoked>(e => e.OrganisationId == organisation.Id));
        Assert.Equal(new DateOnly(2026, 10, 1), revokedEvent.RevokedOn);
    }

    [Fact]
    public async Task Certificate_event_reaches_the_broker_with_the_tax_code()
    {
        var organisation = await ListedAsync();
        var received = new TaskCompletionSource<StEnterpriseCertified>(TaskCreationOptions.RunContinuationsAsynchronously);
        var bus = fixture.Service.Services.GetRequiredService<IBus>();
        var handle = bus.ConnectReceiveEndpoint($"startups-test-{Unique.Suffix()}", endpoint =>
            endpoint.Handler<StEnterpriseCertified>(context =>
            {
                if (context.Message.OrganisationId == organisation.Id)
                {
                    received.TrySetResult(context.Message);
                }
                return Task.CompletedTask;
            }));
        await handle.Ready;
        using var editor = fixture.CreateClient();

        using var recorded = await editor.PostAsJsonAsync(new Uri($"{OrganisationApi.Prefix}/{organisation.Id}/certificates", UriKind.Relative), Certificate($"B-{Unique.Suffix()}"));
        var message = await received.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await handle.StopAsync();

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Equal(organisation.TaxCode, message.TaxCode);
    }

    [Fact]
    public async Task Certificate_number_recorded_twice_is_a_409_and_a_second_revocation_is_refused()
    {
        var first = await ListedAsync();
        var second = await ListedAsync();
        using var editor = fixture.CreateClient();
        var number = $"C-{Unique.Suffix()}";

        using var recorded = await editor.PostAsJsonAsync(new Uri($"{OrganisationApi.Prefix}/{first.Id}/certificates", UriKind.Relative), Certificate(number));
        using var twice = await editor.PostAsJsonAsync(new Uri($"{OrganisationApi.Prefix}/{second.Id}/certificates", UriKind.Relative), Certificate(number));
        var id = (await recorded.Content.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        var revocation = new Uri($"{OrganisationApi.Prefix}/{first.Id}/certificates/{id}/revocation", UriKind.Relative);
        using var revoked = await editor.PostAsJsonAsync(revocation, new { reason = "Giải thể" });
        using var revokedAgain = await editor.PostAsJsonAsync(revocation, new { reason = "Giải thể" });

        await ProblemAssert.NamesFieldsAsync(twice, HttpStatusCode.Conflict, "number");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        await ProblemAssert.NamesFieldsAsync(revokedAgain, HttpStatusCode.Conflict, "certificateId");
        Assert.Single(await fixture.EventsAsync<StEnterpriseCertificateRevoked>(e => e.OrganisationId == first.Id));
    }

    [Fact]
    public async Task Revocation_without_a_reason_is_refused_naming_it()
    {
        var organisation = await ListedAsync();
        using var editor = fixture.CreateClient();
        using var recorded = await editor.PostAsJsonAsync(new Uri($"{OrganisationApi.Prefix}/{organisation.Id}/certificates", UriKind.Relative), Certificate($"D-{Unique.Suffix()}"));
        var id = (await recorded.Content.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var response = await editor.PostAsJsonAsync(new Uri($"{OrganisationApi.Prefix}/{organisation.Id}/certificates/{id}/revocation", UriKind.Relative), new { reason = " " });

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "reason");
    }

    [Fact]
    public async Task Revocation_dated_in_the_future_is_refused_naming_the_date_and_the_certificate_stays_valid()
    {
        var organisation = await ListedAsync();
        using var editor = fixture.CreateClient();
        using var recorded = await editor.PostAsJsonAsync(new Uri($"{OrganisationApi.Prefix}/{organisation.Id}/certificates", UriKind.Relative), Certificate($"E-{Unique.Suffix()}"));
        var id = (await recorded.Content.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        var nextMonth = DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var response = await editor.PostAsJsonAsync(new Uri($"{OrganisationApi.Prefix}/{organisation.Id}/certificates/{id}/revocation", UriKind.Relative),
            new { reason = "Giải thể theo quyết định của Hội đồng quản trị.", revokedOn = nextMonth });
        var profile = await editor.GetFromJsonAsync<JsonElement>(new Uri($"{OrganisationApi.Prefix}/{organisation.Id}", UriKind.Relative));

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "revokedOn");
        Assert.Equal("valid", Assert.Single(profile.GetProperty("certificates").EnumerateArray()).GetProperty("status").GetString());
        Assert.Empty(await fixture.EventsAsync<StEnterpriseCertificateRevoked>(e => e.OrganisationId == organisation.Id));
    }
}
