using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts.Tasks;
using StPlatform.Messaging.Outbox;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Tasks;
using StPlatform.Tasks.Tests.Tasks;
using StPlatform.TestSupport;

namespace StPlatform.Tasks.Tests.Reports;

[Collection(SharedTasksService.Name)]
public sealed class ReportApiTests(TasksFixture fixture)
{
    private async Task<Guid> SeedAsync()
    {
        var task = SampleTasks.Entity(SampleTasks.UniqueTitle(), DateTimeOffset.UtcNow);
        task.LeadUnitCodes = ["SNN"];
        task.CoordinatingUnitCodes = ["STNMT"];
        await fixture.WithDbAsync(db =>
        {
            db.Tasks.Add(task);
            return db.SaveChangesAsync();
        });
        return task.Id;
    }

    private static Uri Reports(Guid id) => new($"{TaskApi.Prefix}/{id}/reports", UriKind.Relative);

    [Fact]
    public async Task Lead_report_for_a_past_period_is_late_and_the_coordinating_units_contribution_is_attached()
    {
        var id = await SeedAsync();
        using var lead = fixture.CreateClient(PlatformRoles.UnitOfficer, "SNN");
        using var coordinator = fixture.CreateClient(PlatformRoles.UnitOfficer, "STNMT");

        using var reported = await lead.PostAsJsonAsync(Reports(id), new { period = "2025-Y", content = "Đã hoàn thành 80% khối lượng" });
        using var contributed = await coordinator.PostAsJsonAsync(Reports(id), new { period = "2025-Y", content = "Đã cung cấp số liệu đất đai" });
        var reports = await lead.GetFromJsonAsync<JsonElement>(Reports(id));
        var announced = await fixture.WithDbAsync(db => db.Set<OutboxMessage>()
            .Where(m => m.Type.StartsWith(typeof(ProgressReportSubmitted).FullName!)).Select(m => m.Body).ToListAsync());

        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        Assert.Equal(HttpStatusCode.Created, contributed.StatusCode);
        var report = Assert.Single(reports.EnumerateArray());
        Assert.Equal("2025-11-20", report.GetProperty("dueDate").GetString());
        Assert.False(report.GetProperty("onTime").GetBoolean());
        Assert.Equal("STNMT", Assert.Single(report.GetProperty("contributions").EnumerateArray()).GetProperty("unitCode").GetString());
        var submitted = JsonDocument.Parse(Assert.Single(announced, b => b.Contains(id.ToString(), StringComparison.Ordinal))).RootElement;
        Assert.False(submitted.GetProperty("onTime").GetBoolean());
    }

    [Fact]
    public async Task Second_lead_report_for_the_same_period_is_a_409_naming_the_period()
    {
        var id = await SeedAsync();
        using var lead = fixture.CreateClient(PlatformRoles.UnitOfficer, "SNN");
        (await lead.PostAsJsonAsync(Reports(id), new { period = "2025-H1", content = "Lần một" })).Dispose();

        using var again = await lead.PostAsJsonAsync(Reports(id), new { period = "2025-H1", content = "Lần hai" });

        await ProblemAssert.NamesFieldsAsync(again, HttpStatusCode.Conflict, "period");
    }

    [Fact]
    public async Task Report_with_an_unknown_period_and_no_content_names_both_fields()
    {
        var id = await SeedAsync();
        using var lead = fixture.CreateClient(PlatformRoles.UnitOfficer, "SNN");

        using var response = await lead.PostAsJsonAsync(Reports(id), new { period = "2025-Q9", content = "" });

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "period", "content");
    }

    [Fact]
    public async Task Task_office_reads_reports_but_cannot_submit_one_for_a_unit()
    {
        var id = await SeedAsync();
        using var office = fixture.CreateClient(PlatformRoles.TaskOffice, "SKHCN");

        using var response = await office.PostAsJsonAsync(Reports(id), new { period = "2025-H1", content = "Thay đơn vị" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }
}
