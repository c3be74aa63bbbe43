using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace StPlatform.ServiceDefaults.Http;

/// <summary>
/// Optimistic concurrency over HTTP (RFC 9110 section 13): a record's row version (PostgreSQL's
/// <c>xmin</c>, mapped with <c>IsRowVersion()</c>) is its ETag; a change must name the version it
/// was made against in <c>If-Match</c>, so two officers editing one record cannot silently
/// overwrite each other.
/// </summary>
public static class Preconditions
{
    public static string ETagOf(uint version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    public static void SetETag(this HttpResponse response, uint version)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ETag = ETagOf(version);
    }

    /// <summary>Null when <c>If-Match</c> names <paramref name="currentVersion"/>; otherwise the 428 or 412 to answer.</summary>
    public static ProblemHttpResult? CheckIfMatch(HttpRequest request, uint currentVersion)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ifMatch = request.Headers.IfMatch;
        if (ifMatch.Count == 0 || string.IsNullOrWhiteSpace(ifMatch.ToString()))
        {
            return Required();
        }
        if (!EntityTagHeaderValue.TryParseList(ifMatch, out var tags))
        {
            return Problem(StatusCodes.Status400BadRequest, "If-Match không hợp lệ / Malformed If-Match",
                "If-Match must be an ETag from a previous response, in double quotes.");
        }
        var current = ETagOf(currentVersion);
        // Weak tags are accepted too: a proxy may have weakened the tag on its way back.
        return tags.Any(t => t == EntityTagHeaderValue.Any || string.Equals(t.Tag.Value, current, StringComparison.Ordinal))
            ? null
            : Stale();
    }

    public static ProblemHttpResult Required() => Problem(StatusCodes.Status428PreconditionRequired,
        "Thiếu If-Match / If-Match required",
        "Send the ETag of the version you changed in an If-Match header; read the record first to get it.");

    public const string StaleTitle = "Bản ghi đã bị thay đổi / The record has changed";
    public const string StaleDetail = "Someone changed this record after you read it. Read it again, then repeat your change.";

    public static ProblemHttpResult Stale() => Problem(StatusCodes.Status412PreconditionFailed, StaleTitle, StaleDetail);

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = new Dictionary<string, string[]>(StringComparer.Ordinal) { [HeaderNames.IfMatch] = [detail] },
            });
}
