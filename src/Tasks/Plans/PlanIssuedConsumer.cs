using MassTransit;
using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts.Programmes;
using StPlatform.Messaging;
using StPlatform.Messaging.Inbox;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Plans;

/// <summary>
/// Creates one task per annex entry of an issued plan. A task that already exists for its
/// (plan, annex id) is left as it is: a redelivery, or an amendment that arrived first and is newer.
/// A concurrent copy loses on the unique index and is retried, finding the tasks there.
/// </summary>
public sealed class PlanIssuedConsumer(TasksDbContext db, TimeProvider clock) : InboxConsumer<PlanIssued, TasksDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<PlanIssued> context)
    {
        var issued = context.Message;
        var now = clock.GetUtcNow();
        var plan = await Db.Plans.FindAsync([issued.PlanId], context.CancellationToken);
        if (plan is null)
        {
            Db.Plans.Add(new PlanRecord { PlanId = issued.PlanId, Number = issued.Number, Title = issued.Title, IssuedAt = issued.OccurredAt });
        }
        else
        {
            plan.Number = issued.Number;
            plan.Title = issued.Title;
            plan.IssuedAt = issued.OccurredAt;
        }

        var existing = await Db.Tasks.Where(t => t.PlanId == issued.PlanId)
            .ToDictionaryAsync(t => t.AnnexId!, StringComparer.Ordinal, context.CancellationToken);
        foreach (var annex in issued.Tasks.DistinctBy(a => a.AnnexId))
        {
            if (existing.TryGetValue(annex.AnnexId, out var task))
            {
                // Cancelled by an amendment that overtook the issue: keep it cancelled, but named.
                if (task.Title.Length == 0)
                {
                    AnnexTasks.Apply(task, annex);
                }
                continue;
            }
            task = AnnexTasks.Create(issued.PlanId, annex, supplementary: false, now);
            Db.Tasks.Add(task);
            Db.PublishLater(TaskEvents.Assigned(task, now));
        }
    }
}
