using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using StPlatform.ServiceDefaults.Audit;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Tests.Tasks;

[Collection(SharedTasksService.Name)]
public sealed class TaskAuditTests(TasksFixture fixture)
{
    [Fact]
    public async Task Assigning_a_task_records_who_did_it_and_what_it_became()
    {
        using var client = fixture.CreateClient(PlatformRoles.TaskOffice, "SKHCN");
        var title = SampleTasks.UniqueTitle();

        using var response = await client.PostAsJsonAsync(TaskApi.Prefix, new { title, leadUnitCode = "SYT" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();

        var entry = await fixture.WithDbAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.EntityType == nameof(TaskItem) && e.EntityId == id));
        Assert.Equal("created", entry.Action);
        Assert.Equal("task-office.skhcn", entry.UserName);
        Assert.Equal("SKHCN", entry.UnitCode);
        Assert.Null(entry.Before);
        Assert.Contains(title, entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_rows_cannot_be_rewritten_even_with_the_services_own_credentials()
    {
        var error = await fixture.WithDbAsync(async db =>
            await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_log SET user_name = 'someone else'")));

        Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_reads_the_audit_trail_page_and_a_unit_officer_may_not()
    {
        using var office = fixture.CreateClient(PlatformRoles.TaskOffice, "SKHCN");
        var title = SampleTasks.UniqueTitle();
        using var created = await office.PostAsJsonAsync(TaskApi.Prefix, new { title, leadUnitCode = "SCT" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var admin = fixture.CreateClient(PlatformRoles.Administrator, "SKHCN");
        using var officer = fixture.CreateClient(PlatformRoles.UnitOfficer, "SCT");

        var page = await admin.GetStringAsync(new Uri("/tasks/audit", UriKind.Relative));
        using var refused = await officer.GetAsync(new Uri("/tasks/audit", UriKind.Relative));

        Assert.Contains("Nhật ký thay đổi", page, StringComparison.Ordinal);
        Assert.Contains("task-office.skhcn (SKHCN)", page, StringComparison.Ordinal);
        Assert.Contains(title, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
