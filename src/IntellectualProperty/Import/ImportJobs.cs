using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Data;
using StPlatform.IntellectualProperty.LegalEvents;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;

namespace StPlatform.IntellectualProperty.Import;

/// <summary>
/// Runs CSV imports in the background: every row is checked first (the same rules as the API,
/// plus duplicates within the file and in the register); only a file without a single error is
/// saved, in one transaction, so nothing is ever half-imported.
/// </summary>
public sealed class ImportJobs(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ImportJobs> logger)
{
    public const int MaxRows = 50_000;
    private const int Chunk = 500;

    private readonly ConcurrentDictionary<Guid, ImportJob> _jobs = new();

    public ImportJob? Find(Guid id) => _jobs.GetValueOrDefault(id);

    public ImportJob Start(string fileName, string startedBy, string content)
    {
        var job = new ImportJob { FileName = fileName, StartedBy = startedBy };
        _jobs[job.Id] = job;
        _ = Task.Run(() => RunAsync(job, content));
        return job;
    }

    private async Task RunAsync(ImportJob job, string content)
    {
        try
        {
            var assets = await CheckAsync(job, content);
            if (job.Errors.Count > 0)
            {
                job.Phase = ImportPhase.Refused;
                return;
            }
            job.Phase = ImportPhase.Saving;
            await SaveAsync(job, assets);
            job.Phase = ImportPhase.Imported;
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or Npgsql.NpgsqlException)
        {
            logger.LogError(exception, "Import {ImportId} failed; its transaction was rolled back.", job.Id);
            job.Errors.Add(new RowError(0, "file", "Không lưu được; không có dòng nào được nhập. / The file could not be saved; no row was imported."));
            job.Phase = ImportPhase.Failed;
        }
    }

    private async Task<List<IpAsset>> CheckAsync(ImportJob job, string content)
    {
        var records = CsvReader.Records(new StringReader(content)).Take(MaxRows + 2).ToList();
        if (records.Count < 2 || AssetCsv.MissingColumn(records[0]) is { } missing && missing.Length > 0)
        {
            job.Errors.Add(new RowError(1, "header", $"Thiếu cột bắt buộc hoặc không có dòng dữ liệu ({string.Join(", ", AssetCsv.Columns)}). / A required column is missing or there are no rows."));
            return [];
        }
        if (records.Count > MaxRows + 1)
        {
            job.Errors.Add(new RowError(0, "file", $"Tối đa {MaxRows} dòng. / At most {MaxRows} rows."));
            return [];
        }
        var header = records[0];
        job.Total = records.Count - 1;
        var (today, now) = (CityTime.Today(clock), clock.GetUtcNow());
        var assets = new List<IpAsset>(job.Total);
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 1; i < records.Count; i++)
        {
            var (request, dateError) = AssetCsv.ToRequest(header, records[i]);
            var errors = new ValidationErrors();
            var asset = request.ToAsset(errors, today, now);
            var row = i + 1;
            if (dateError is not null)
            {
                errors.Add("filedOn", dateError);
            }
            if (asset.ApplicationNumber.Length > 0 && !rowOf.TryAdd(asset.ApplicationNumber, row))
            {
                errors.Add("applicationNumber", $"Trùng với dòng {rowOf[asset.ApplicationNumber]}. / Same as row {rowOf[asset.ApplicationNumber]}.");
            }
            foreach (var (field, messages) in errors.ToDictionary())
            {
                job.Errors.AddRange(messages.Where(m => field != "filedOn" || dateError is null || m == dateError).Select(m => new RowError(row, field, m)));
            }
            assets.Add(asset);
            job.Advance(1);
        }
        await FindRecordedAsync(job, rowOf);
        return assets;
    }

    private async Task FindRecordedAsync(ImportJob job, Dictionary<string, int> rowOf)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IpDbContext>();
        foreach (var numbers in rowOf.Keys.Chunk(1000))
        {
            var recorded = await db.Assets.Where(a => numbers.Contains(a.ApplicationNumber)).Select(a => a.ApplicationNumber).ToListAsync();
            job.Errors.AddRange(recorded.Select(n => new RowError(rowOf[n], "applicationNumber", CreateIpAssetRequest.DuplicateMessage(n))));
        }
        job.Errors.Sort((a, b) => a.Row.CompareTo(b.Row));
    }

    private async Task SaveAsync(ImportJob job, List<IpAsset> assets)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IpDbContext>();
        var now = clock.GetUtcNow();
        foreach (var asset in assets)
        {
            asset.RecordFiling(job.StartedBy, now);
        }
        // One transaction for the whole file; a retry after a transient fault starts it all again.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var saved = 0;
            foreach (var chunk in assets.Chunk(Chunk))
            {
                foreach (var asset in chunk)
                {
                    db.Assets.Add(asset);
                    db.PublishLater(IpIntegrationEvents.Filed(asset, now));
                }
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                saved += chunk.Length;
                job.Advance(chunk.Length);
            }
            await transaction.CommitAsync();
            return saved;
        });
    }
}
