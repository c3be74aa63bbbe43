using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using StPlatform.IntellectualProperty.Data;

namespace StPlatform.IntellectualProperty.Search;

/// <summary>
/// A search's <c>SET LOCAL</c> planner settings ride in front of its next query, in the same
/// command, instead of costing a round trip of their own: <c>SET LOCAL a; SET LOCAL b; SELECT ...</c>
/// is one message to PostgreSQL, and the reader skips the settings' empty results to the rows.
/// The settings still end with the search's transaction.
/// </summary>
public sealed class PlannerSettings : DbCommandInterceptor
{
    public static PlannerSettings Interceptor { get; } = new();

    private PlannerSettings()
    {
    }

    /// <summary>Sends <paramref name="settings"/> with the context's next query (null: none pending).</summary>
    public static void BeforeNextQuery(IpDbContext db, string? settings)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.PendingPlannerSettings = settings;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Prepend(command, eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Prepend(command, eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Prepend(DbCommand command, DbContext? context)
    {
        if (context is IpDbContext { PendingPlannerSettings: { } settings } db)
        {
            db.PendingPlannerSettings = null;
            // Only inside the search's transaction: SET LOCAL anywhere else would do nothing but warn.
            if (db.Database.CurrentTransaction is not null)
            {
                command.CommandText = settings + ";\n" + command.CommandText;
            }
        }
    }
}
