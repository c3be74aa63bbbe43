using Microsoft.AspNetCore.Http.HttpResults;

namespace StPlatform.Startups.Organisations;

/// <summary>A request that is well formed but not possible in the record's current state: 409 naming the field.</summary>
public static class StateConflict
{
    public static ProblemHttpResult Problem(string field, string message) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Không thực hiện được ở trạng thái hiện tại / Not possible in the current state",
            detail: message,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] },
            });
}
