using System.Net;
using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts.Startups;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Startups.Tests.Organisations;
using StPlatform.TestSupport;

namespace StPlatform.Startups.Tests.Support;

[Collection(SharedStartupsService.Name)]
public sealed class SupportPagesTests(StartupsFixture fixture)
{
    private const string Programme = "Chương trình hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố Hải Phòng";

    [Fact]
    public async Task Support_added_on_the_form_shows_on_the_profile_and_is_announced()
    {
        var organisation = await fixture.SeedAsync();
        using var editor = fixture.CreateClient();
        Assert.Contains($"href=\"/startups/{organisation.Id}/support/new\"", await EditorPages.ProfileAsync(editor, organisation.Id), StringComparison.Ordinal);

        using var response = await Forms.SubmitAsync(editor, $"/startups/{organisation.Id}/support/new",
            [new("programme", Programme), new("year", "2024"), new("amountMillionVnd", "350")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"Đã ghi nhận hỗ trợ từ {Programme}", await EditorPages.ProfileAsync(editor, organisation.Id), StringComparison.Ordinal);
        var row = HtmlRows.RowContaining(await EditorPages.ProfileAsync(editor, organisation.Id), Programme);
        Assert.Contains("2024", row, StringComparison.Ordinal);
        Assert.Contains("350 triệu đồng", row, StringComparison.Ordinal);
        var supported = Assert.Single(await fixture.EventsAsync<StartupSupported>(e => e.OrganisationId == organisation.Id));
        Assert.Equal((organisation.TaxCode, Programme, 2024), (supported.TaxCode, supported.Programme, supported.Year));
    }

    [Fact]
    public async Task Support_with_a_year_before_1900_is_refused_on_the_form_and_nothing_is_saved()
    {
        var organisation = await fixture.SeedAsync();
        using var editor = fixture.CreateClient();

        using var response = await Forms.SubmitAsync(editor, $"/startups/{organisation.Id}/support/new",
            [new("programme", Programme), new("year", "1800"), new("amountMillionVnd", "-5")]);

        var html = await EditorPages.ShownAgainNamingAsync(response, "year");
        Assert.Contains("id=\"amountMillionVnd-error\"", html, StringComparison.Ordinal);
        Assert.Contains(Programme, html, StringComparison.Ordinal);
        Assert.Empty(await fixture.WithDbAsync(db => db.Support.Where(s => s.OrganisationId == organisation.Id).ToListAsync()));
        Assert.Empty(await fixture.EventsAsync<StartupSupported>(e => e.OrganisationId == organisation.Id));
    }

    [Fact]
    public async Task Funding_round_added_on_the_form_shows_on_the_profile_with_its_kind_in_vietnamese()
    {
        var organisation = await fixture.SeedAsync();
        using var editor = fixture.CreateClient();

        using var response = await Forms.SubmitAsync(editor, $"/startups/{organisation.Id}/funding-rounds/new",
            [new("kind", "seed"), new("year", "2025"), new("amountMillionVnd", "12000"), new("investors", "Quỹ Đầu tư Khởi nghiệp Cảng Xanh")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var profile = await EditorPages.ProfileAsync(editor, organisation.Id);
        Assert.Contains("2025: Hạt giống / Seed, 12,000 triệu đồng (Quỹ Đầu tư Khởi nghiệp Cảng Xanh)", profile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Funding_round_without_a_kind_is_refused_on_the_form_and_nothing_is_saved()
    {
        var organisation = await fixture.SeedAsync();
        using var editor = fixture.CreateClient();

        using var response = await Forms.SubmitAsync(editor, $"/startups/{organisation.Id}/funding-rounds/new",
            [new("kind", ""), new("year", "2025"), new("amountMillionVnd", "")]);

        await EditorPages.ShownAgainNamingAsync(response, "kind");
        Assert.Empty(await fixture.WithDbAsync(db => db.FundingRounds.Where(f => f.OrganisationId == organisation.Id).ToListAsync()));
    }

    [Fact]
    public async Task Someone_who_is_not_a_directory_editor_cannot_add_support_or_a_round()
    {
        var organisation = await fixture.SeedAsync();
        using var viewer = fixture.CreateClient(PlatformRoles.Viewer, "SKHCN");

        using var support = await viewer.GetAsync(new Uri($"/startups/{organisation.Id}/support/new", UriKind.Relative));
        using var round = await viewer.PostAsync(new Uri($"/startups/{organisation.Id}/funding-rounds/new", UriKind.Relative),
            new FormUrlEncodedContent([new("kind", "seed"), new("year", "2025")]));

        EditorPages.IsRefused(support);
        EditorPages.IsRefused(round);
        Assert.Empty(await fixture.WithDbAsync(db => db.FundingRounds.Where(f => f.OrganisationId == organisation.Id).ToListAsync()));
    }
}
