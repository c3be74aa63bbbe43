using MassTransit;
using StPlatform.Contracts.Tasks;
using StPlatform.Messaging.Inbox;
using StPlatform.Programmes.Data;

namespace StPlatform.Programmes.Measures;

/// <summary>An assigned task counts in its plan's total.</summary>
public sealed class TaskAssignedConsumer(ProgrammesDbContext db, TimeProvider clock) : InboxConsumer<TaskAssigned, ProgrammesDbContext>(db)
{
    protected override Task HandleAsync(ConsumeContext<TaskAssigned> context)
    {
        var assigned = context.Message;
        return FactRecorder.RecordAsync(Db, new MeasureFact
        {
            EventId = assigned.EventId,
            Kind = FactKind.TaskAssigned,
            SubjectId = assigned.TaskId,
            Reference = IpObjects.Truncate(assigned.AnnexId),
            OccurredOn = DateOnly.FromDateTime(assigned.OccurredAt.UtcDateTime),
            PlanId = assigned.PlanId,
        }, clock, context.CancellationToken);
    }
}

/// <summary>A completed task counts in its plan's progress and toward "tasks completed".</summary>
public sealed class TaskCompletedConsumer(ProgrammesDbContext db, TimeProvider clock) : InboxConsumer<TaskCompleted, ProgrammesDbContext>(db)
{
    protected override Task HandleAsync(ConsumeContext<TaskCompleted> context)
    {
        var completed = context.Message;
        return FactRecorder.RecordAsync(Db, new MeasureFact
        {
            EventId = completed.EventId,
            Kind = FactKind.TaskCompleted,
            SubjectId = completed.TaskId,
            Reference = IpObjects.Truncate(completed.AnnexId),
            OccurredOn = completed.CompletedOn,
            PlanId = completed.PlanId,
            OnTime = completed.OnTime,
        }, clock, context.CancellationToken);
    }
}

/// <summary>An overdue task counts as overdue in its plan's progress until it is completed.</summary>
public sealed class TaskBecameOverdueConsumer(ProgrammesDbContext db, TimeProvider clock) : InboxConsumer<TaskBecameOverdue, ProgrammesDbContext>(db)
{
    protected override Task HandleAsync(ConsumeContext<TaskBecameOverdue> context)
    {
        var overdue = context.Message;
        return FactRecorder.RecordAsync(Db, new MeasureFact
        {
            EventId = overdue.EventId,
            Kind = FactKind.TaskOverdue,
            SubjectId = overdue.TaskId,
            Reference = IpObjects.Truncate(overdue.AnnexId),
            OccurredOn = overdue.DueDate,
            PlanId = overdue.PlanId,
        }, clock, context.CancellationToken);
    }
}
