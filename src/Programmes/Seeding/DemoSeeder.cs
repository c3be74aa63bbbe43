using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Documents;
using StPlatform.Programmes.History;
using StPlatform.Programmes.Indicators;
using StPlatform.Programmes.Plans;

namespace StPlatform.Programmes.Seeding;

/// <summary>
/// <c>dotnet run --project src/Programmes -- seed-demo</c>: migrates the database, then adds the
/// demo documents that are not there yet (matched by number and title), so running it twice adds
/// nothing. Issued plans publish PlanIssued through the outbox like any other issue, so the task
/// service receives their annex once the service runs.
/// </summary>
public static class DemoSeeder
{
    public static async Task<int> SeedDemoAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProgrammesDbContext>();
        await db.Database.MigrateAsync();
        var added = await SeedAsync(db);
        Console.WriteLine($"seed-demo: {added} document(s) added, {DemoData.Documents.Count - added} already present.");
        return 0;
    }

    /// <summary>Adds the demo documents not yet present; returns how many it added.</summary>
    public static async Task<int> SeedAsync(ProgrammesDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var at = DateTimeOffset.UtcNow;
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var added = 0;
        foreach (var demo in DemoData.Documents)
        {
            var existing = await db.Documents.Where(d => d.Number == demo.Fields.Number && d.Title == demo.Fields.Title).Select(d => (Guid?)d.Id).SingleOrDefaultAsync();
            if (existing is { } id)
            {
                ids[demo.Key] = id;
                continue;
            }
            var document = DocumentEditing.Create(demo.Fields with { ParentIds = [.. demo.Parents.Select(p => ids[p])] });
            ids[demo.Key] = document.Id;
            document.Record(HistoryAction.Registered, "seed-demo", at);
            foreach (var indicator in demo.Indicators)
            {
                var entity = indicator.Request.ToIndicator(document.Id, new ServiceDefaults.ValidationErrors());
                entity.Measurements.AddRange(indicator.Values.Select(v => new Measurement
                {
                    IndicatorId = entity.Id, Year = v.Year, Value = v.Value, Source = v.Source, RecordedAt = at, RecordedBy = "seed-demo",
                }));
                IndicatorValues.Recompute(entity, document.LeadUnitCode, [], ServiceDefaults.CityTime.Today(TimeProvider.System).Year, at);
                document.Indicators.Add(entity);
            }
            document.SetAnnex(demo.Tasks);
            document.Status = DocumentStatus.Issued;
            document.Record(HistoryAction.Issued, "seed-demo", at);
            if (document.Kind == ProgrammeDocumentKind.Plan)
            {
                db.PublishLater(PlanEvents.Issued(document, at));
            }
            db.Documents.Add(document);
            await db.SaveChangesAsync();
            added++;
        }
        return added;
    }
}
