using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Http;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Reports;

namespace StPlatform.Tasks.Tasks;

public static class TaskApi
{
    public const string Prefix = "/api/tasks";

    public static IEndpointRouteBuilder MapTaskApi(this IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup(Prefix).WithTags("Tasks").RequireAuthorization(PlatformPolicies.ReadTasks);

        tasks.MapGet("/", ListTasks)
            .WithName(nameof(ListTasks))
            .WithSummary("Lists the tasks the caller may see, most recently assigned first, filtered by plan, unit, status and period.");
        tasks.MapGet("/mine", ListMyTasks)
            .WithName(nameof(ListMyTasks))
            .WithSummary("Lists the tasks the caller's unit leads or coordinates, overdue first.");
        tasks.MapGet("/{id:guid}", GetTask)
            .WithName(nameof(GetTask))
            .WithSummary("Gets one task, with its ETag.");
        tasks.MapPost("/", CreateTask)
            .WithName(nameof(CreateTask))
            .WithSummary("Assigns a task by a leader's directive to a lead unit and its coordinating units.")
            .RequireAuthorization(PlatformPolicies.AssignTasks)
            .WithIdempotencyKey<TasksDbContext>();
        return app;
    }

    public static async Task<Results<Ok<PagedList<TaskResponse>>, ValidationProblem>> ListTasks(
        [AsParameters] PageRequest page, [AsParameters] TaskFilter filter, TasksDbContext db, CurrentUser user,
        ReportingCalendar calendar, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = CityTime.Today(clock);
        var errors = new ValidationErrors();
        var query = filter.Apply(db.Tasks.VisibleTo(user), calendar, today, errors);
        return errors.IsValid
            ? TypedResults.Ok(await query.ToNewestFirstPageAsync(page, today, cancellationToken))
            : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    public static async Task<Ok<PagedList<TaskResponse>>> ListMyTasks(
        [AsParameters] PageRequest page, TasksDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await MyTasks.PageAsync(db, user.UnitCode, page, CityTime.Today(clock), cancellationToken));

    public static async Task<Results<Ok<TaskResponse>, NotFound>> GetTask(
        Guid id, TasksDbContext db, CurrentUser user, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        // Another unit's task is answered as absent: its existence is not the caller's to learn.
        var task = await db.Tasks.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return TypedResults.NotFound();
        }
        http.Response.SetETag(task.Version);
        return TypedResults.Ok(TaskResponse.From(task, CityTime.Today(clock)));
    }

    public static async Task<Results<Created<TaskResponse>, ValidationProblem>> CreateTask(
        CreateTaskRequest request, TasksDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var now = clock.GetUtcNow();
        var task = request.ToTask(errors, now);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        task.Record(TaskActor.From(user), now, TaskAction.Assigned);
        db.Tasks.Add(task);
        db.PublishLater(TaskEvents.Assigned(task, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{Prefix}/{task.Id}", TaskResponse.From(task, CityTime.Today(clock)));
    }
}
