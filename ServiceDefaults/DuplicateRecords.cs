using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace StPlatform.ServiceDefaults;

/// <summary>
/// A natural key taken twice (a tax code, an application number) is found by the database's
/// unique index, which also settles two concurrent requests; the client gets a 409 naming the field.
/// </summary>
public static class DuplicateRecords
{
    /// <summary>Saves, or answers false when a unique index refused the change.</summary>
    public static async Task<bool> TrySaveUniqueAsync(this DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.UniqueViolation,
        })
        {
            return false;
        }
    }

    public static ProblemHttpResult Conflict(string field, string message) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Đã có bản ghi này / Already registered",
            detail: message,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] },
            });
}
