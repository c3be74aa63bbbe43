using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using StPlatform.Contracts.IntellectualProperty;
using StPlatform.Startups.Organisations;
using StPlatform.Startups.Support;
using StPlatform.Startups.Tests.Organisations;
using StPlatform.TestSupport;

namespace StPlatform.Startups.Tests.Directory;

[Collection(SharedStartupsService.Name)]
public sealed class DirectoryPagesTests(StartupsFixture fixture)
{
    [Fact]
    public async Task Profile_page_shows_support_received_and_the_ip_portfolio()
    {
        var organisation = SampleOrganisations.Entity(SampleOrganisations.UniqueName());
        organisation.Support.Add(new SupportReceived { OrganisationId = organisation.Id, Programme = "Đề án 844 - Hỗ trợ hệ sinh thái khởi nghiệp", Year = 2025, AmountMillionVnd = 450 });
        await fixture.WithDbAsync(db => { db.Organisations.Add(organisation); return db.SaveChangesAsync(); });
        await fixture.Service.Services.GetRequiredService<IBus>().Publish(new IpRightGranted(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(),
            IpObjectType.UtilitySolution, "Thiết bị lọc nước mặn di động", "2-0003456", new DateOnly(2026, 5, 4), [organisation.TaxCode], null));
        using var anonymous = fixture.CreateAnonymousClient();

        var html = string.Empty;
        for (var attempt = 0; attempt < 50 && !html.Contains("2-0003456", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(200);
            html = await anonymous.GetStringAsync(new Uri($"/startups/{organisation.Id}", UriKind.Relative));
        }

        Assert.Contains("Đề án 844 - Hỗ trợ hệ sinh thái khởi nghiệp", html, StringComparison.Ordinal);
        Assert.Contains("450 triệu đồng", html, StringComparison.Ordinal);
        Assert.Contains("Thiết bị lọc nước mặn di động", html, StringComparison.Ordinal);
        Assert.Contains("2-0003456 (04/05/2026)", html, StringComparison.Ordinal);
        Assert.Contains("Đã cấp văn bằng", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Public_submission_form_works_without_sign_in_and_the_entry_waits_for_verification()
    {
        using var anonymous = fixture.CreateAnonymousClient();
        var name = SampleOrganisations.UniqueName();
        var taxCode = SampleOrganisations.UniqueTaxCode();

        using var response = await Forms.SubmitAsync(anonymous, "/startups/submit",
        [
            new("name", name), new("taxCode", taxCode), new("type", "innovativeStartup"), new("district", "Huyện Vĩnh Bảo"),
            new("sectors", "agritech"), new("sectors", "marine"), new("technologies", "IoT, cảm biến độ mặn"), new("isPublic", "true"), new("isPublic", "false"),
        ]);
        var stored = await fixture.WithDbAsync(db => Task.FromResult(db.Organisations.Single(o => o.TaxCode == taxCode)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(VerificationState.Submitted, stored.State);
        Assert.Equal(["agritech", "marine"], stored.Sectors);
        Assert.Equal(["IoT", "cảm biến độ mặn"], stored.Technologies);
        Assert.True(stored.IsPublic);
    }

    [Fact]
    public async Task Editor_verifies_a_submission_from_the_queue_page()
    {
        var submission = SampleOrganisations.Entity(SampleOrganisations.UniqueName());
        submission.State = VerificationState.Submitted;
        submission.Revision = 0;
        await fixture.WithDbAsync(db => { db.Organisations.Add(submission); return db.SaveChangesAsync(); });
        using var editor = fixture.CreateClient();

        var queue = await editor.GetStringAsync(new Uri("/startups/queue", UriKind.Relative));
        using var response = await Forms.SubmitAsync(editor, $"/startups/queue?handler=Verify&id={submission.Id}", []);
        var state = await fixture.WithDbAsync(db => Task.FromResult(db.Organisations.Single(o => o.Id == submission.Id).State));

        Assert.Contains(submission.Name, queue, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(VerificationState.Verified, state);
    }

    [Fact]
    public async Task Overview_draws_the_counts_as_svg_charts_with_a_text_alternative()
    {
        // Its own entry, so that there is a bar to draw whichever tests ran before.
        await fixture.WithDbAsync(db => { db.Organisations.Add(SampleOrganisations.Entity(SampleOrganisations.UniqueName())); return db.SaveChangesAsync(); });
        using var anonymous = fixture.CreateAnonymousClient();

        var html = await anonymous.GetStringAsync(new Uri("/startups/overview", UriKind.Relative));

        Assert.Contains("<svg role=\"img\" aria-labelledby=\"by-type-title by-type-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"by-type-desc\">", html, StringComparison.Ordinal);
        Assert.Contains("Theo quận, huyện / By district", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Excel_export_holds_the_search_results_with_their_diacritics()
    {
        var organisation = SampleOrganisations.Entity($"Vườn ươm Công nghệ cao Thủy Nguyên {Unique.Suffix()}");
        await fixture.WithDbAsync(db => { db.Organisations.Add(organisation); return db.SaveChangesAsync(); });
        using var anonymous = fixture.CreateAnonymousClient();

        using var response = await anonymous.GetAsync(new Uri($"/api/startups/export.xlsx?q={Uri.EscapeDataString(organisation.Name)}", UriKind.Relative));
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().Select(c => c.InnerText).ToList();

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Mã số thuế / Tax code", cells);
        Assert.Contains(organisation.Name, cells);
        Assert.Contains(organisation.TaxCode, cells);
    }
}
