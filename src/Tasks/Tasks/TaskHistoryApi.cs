using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Data;

namespace StPlatform.Tasks.Tasks;

public sealed record HistoryResponse(TaskAction Action, DateTimeOffset At, string ByUser, string? ByUnit, string? Note, DateOnly? PreviousDueDate, DateOnly? NewDueDate);

public static class TaskHistoryApi
{
    public static IEndpointRouteBuilder MapTaskHistoryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet($"{TaskApi.Prefix}/{{id:guid}}/history", GetTaskHistory)
            .WithTags("Task lifecycle").RequireAuthorization(PlatformPolicies.ReadTasks)
            .WithName(nameof(GetTaskHistory))
            .WithSummary("Lists every step of a task's life, oldest first: assignments, reports, confirmations, returns, extensions.");
        return app;
    }

    public static async Task<Results<Ok<List<HistoryResponse>>, NotFound>> GetTaskHistory(
        Guid id, TasksDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!await db.Tasks.VisibleTo(user).AnyAsync(t => t.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await HistoryOfAsync(db, id, cancellationToken));
    }

    public static Task<List<HistoryResponse>> HistoryOfAsync(TasksDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.TaskHistory.AsNoTracking().Where(h => h.TaskId == id).OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => new HistoryResponse(h.Action, h.At, h.ByUser, h.ByUnit, h.Note, h.PreviousDueDate, h.NewDueDate))
            .ToListAsync(cancellationToken);
}
