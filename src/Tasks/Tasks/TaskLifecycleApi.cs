using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Http;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Data;

namespace StPlatform.Tasks.Tasks;

/// <summary>
/// The lifecycle steps, each a POST on the task with the <c>If-Match</c> of the version read:
/// a step taken on a stale copy is refused (412) rather than applied over someone else's.
/// </summary>
public static class TaskLifecycleApi
{
    public static IEndpointRouteBuilder MapTaskLifecycleApi(this IEndpointRouteBuilder app)
    {
        var task = app.MapGroup($"{TaskApi.Prefix}/{{id:guid}}").WithTags("Task lifecycle").RequireAuthorization(PlatformPolicies.ReadTasks);
        Step(task.MapPost("/acknowledge", Acknowledge), nameof(Acknowledge), "The lead unit acknowledges the task.");
        Step(task.MapPost("/start", Start), nameof(Start), "The lead unit starts work on the task.");
        Step(task.MapPost("/report-done", ReportDone), nameof(ReportDone), "The lead unit reports the task done, with evidence.");
        Step(task.MapPost("/confirm", Confirm), nameof(Confirm), "The DOST task office confirms a task reported done; publishes TaskCompleted.");
        Step(task.MapPost("/return", Return), nameof(Return), "The DOST task office returns a task reported done, with a reason.");
        Step(task.MapPost("/extend", Extend), nameof(Extend), "The DOST task office extends the deadline, with a reason.");
        return app;
    }

    private static void Step(RouteHandlerBuilder endpoint, string name, string summary) =>
        endpoint.WithName(name).WithSummary(summary)
            .Produces<TaskResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    public static Task<IResult> Acknowledge(Guid id, HttpContext http, TasksDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken) =>
        ApplyAsync(id, http, db, user, clock, (t, actor, now) => t.Acknowledge(actor, now), cancellationToken);

    public static Task<IResult> Start(Guid id, HttpContext http, TasksDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken) =>
        ApplyAsync(id, http, db, user, clock, (t, actor, now) => t.Start(actor, now), cancellationToken);

    public static Task<IResult> ReportDone(Guid id, ReportDoneRequest request, HttpContext http, TasksDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken) =>
        ApplyAsync(id, http, db, user, clock, (t, actor, now) => t.ReportDone(actor, request?.Evidence, now), cancellationToken);

    public static Task<IResult> Confirm(Guid id, HttpContext http, TasksDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken) =>
        ApplyAsync(id, http, db, user, clock, (t, actor, now) =>
        {
            var result = t.Confirm(actor, now);
            if (result.Outcome == TransitionOutcome.Done)
            {
                db.PublishLater(TaskEvents.Completed(t, now));
            }
            return result;
        }, cancellationToken);

    public static Task<IResult> Return(Guid id, ReturnTaskRequest request, HttpContext http, TasksDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken) =>
        ApplyAsync(id, http, db, user, clock, (t, actor, now) => t.Return(actor, request?.Reason, now), cancellationToken);

    public static Task<IResult> Extend(Guid id, ExtendTaskRequest request, HttpContext http, TasksDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken) =>
        ApplyAsync(id, http, db, user, clock, (t, actor, now) => t.Extend(actor, request?.DueDate, request?.Reason, now), cancellationToken);

    private static async Task<IResult> ApplyAsync(
        Guid id, HttpContext http, TasksDbContext db, CurrentUser user, TimeProvider clock,
        Func<TaskItem, TaskActor, DateTimeOffset, TransitionResult> step, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.VisibleTo(user).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return TypedResults.NotFound();
        }
        if (Preconditions.CheckIfMatch(http.Request, task.Version) is { } refused)
        {
            return refused;
        }
        var now = clock.GetUtcNow();
        var result = step(task, TaskActor.From(user), now);
        if (result.Outcome != TransitionOutcome.Done)
        {
            return TransitionProblems.Of(result);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Preconditions.Stale();
        }
        http.Response.SetETag(task.Version);
        return TypedResults.Ok(TaskResponse.From(task, CityTime.Today(clock)));
    }
}
