using System.Text.Json;
using static StPlatform.Platform.Tests.Flows.JsonApi;

namespace StPlatform.Platform.Tests.Flows;

/// <summary>
/// DOMAIN.md features 3 and 4, through the gateway and the real broker: issuing a plan creates its
/// tasks in the task service; a task confirmed there rolls up into the plan's progress.
/// </summary>
[Collection(RunningPlatform.Name)]
public sealed class PlanToTasksFlowTests(PlatformFixture platform)
{
    [Fact]
    public async Task An_issued_plan_hands_its_annex_to_the_lead_units_and_a_confirmed_task_counts_in_its_progress()
    {
        var programmes = await platform.SessionAsync("programmes");
        var plan = await IssuePlanAsync(programmes);
        var planId = plan.Split('/')[^1];

        var taskOffice = await platform.SessionAsync("taskoffice");
        var tasks = await Eventually.GetStringAsync(taskOffice, $"/api/tasks?plan={planId}", body => Count(body) == 2);
        var led = JsonDocument.Parse(tasks).RootElement.Items()
            .Single(t => t.GetProperty("leadUnitCodes").EnumerateArray().Single().GetString() == "SKHCN");
        Assert.Equal(["STC"], led.GetProperty("coordinatingUnitCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("II.1", led.Text("planSection"));
        Assert.Equal("2030-12-31", led.Text("deadline"));

        var task = $"/api/tasks/{led.Text("id")}";
        var officer = await platform.SessionAsync("officer.skhcn");
        await ChangeAsync(officer, HttpMethod.Post, task, $"{task}/report-done", new { evidence = "Quyết định số 15/QĐ-SKHCN" });
        await ChangeAsync(taskOffice, HttpMethod.Post, task, $"{task}/confirm");

        var progress = await Eventually.GetStringAsync(programmes, $"{plan}/progress",
            body => JsonDocument.Parse(body).RootElement.GetProperty("completed").GetInt32() == 1);
        var figures = JsonDocument.Parse(progress).RootElement;
        Assert.Equal(2, figures.GetProperty("total").GetInt32());
        Assert.Equal(0, figures.GetProperty("overdue").GetInt32());
        Assert.StartsWith("1/2", figures.Text("summary"), StringComparison.Ordinal);
    }

    /// <summary>A plan with two annex tasks, registered, annexed and issued; its path in the API.</summary>
    public static async Task<string> IssuePlanAsync(HttpClient programmes)
    {
        var created = await SendAsync(programmes, HttpMethod.Post, "/api/programmes", new
        {
            kind = "plan",
            number = FlowData.PlanNumber(),
            title = "Kế hoạch phát triển thị trường khoa học và công nghệ thành phố Hải Phòng",
            issuer = "UBND thành phố Hải Phòng",
            signer = "Phó Chủ tịch UBND thành phố",
            signedOn = "2026-03-14",
            effectiveOn = "2026-03-14",
            periodStartYear = 2026,
            periodEndYear = 2030,
            generalObjective = "Phát triển thị trường khoa học và công nghệ.",
            leadUnitCode = "SKHCN",
        });
        var plan = created.Location!;
        var annexed = await ChangeAsync(programmes, HttpMethod.Put, plan, $"{plan}/annex", new
        {
            tasks = new object[]
            {
                new
                {
                    title = "Xây dựng sàn giao dịch công nghệ thành phố",
                    section = "II.1",
                    leadUnitCodes = new[] { "SKHCN" },
                    coordinatingUnitCodes = new[] { "STC" },
                    deadline = new { kind = "year", dueDate = "2030-12-31" },
                    expectedProduct = "Sàn giao dịch công nghệ đi vào hoạt động",
                },
                new
                {
                    title = "Báo cáo kết quả thực hiện kế hoạch",
                    section = "IV",
                    leadUnitCodes = new[] { "STC" },
                    recurrence = "yearly",
                },
            },
        });
        await SendAsync(programmes, HttpMethod.Post, $"{plan}/issue", ifMatch: annexed.ETag);
        return plan;
    }

    private static int Count(string page) => JsonDocument.Parse(page).RootElement.Items().Count();
}
