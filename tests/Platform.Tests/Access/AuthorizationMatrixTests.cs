using System.Text;
using System.Text.Json;

namespace StPlatform.Platform.Tests.Access;

[Collection(RunningPlatform.Name)]
public sealed class AuthorizationMatrixTests(PlatformFixture platform)
{
    private const string FreshTask = "{stc*}";

    /// <summary>What a step on a record is sent with: every field any step asks for, valid, so that only the rules decide.</summary>
    private static readonly object CompleteStep = new
    {
        evidence = "Báo cáo kết quả số 15/BC-STC ngày 10/11/2026",
        reason = "Chờ ý kiến của Sở Kế hoạch và Đầu tư về nguồn vốn",
        dueDate = "2030-12-31",
        content = "Đã hoàn thành khảo sát; đang tổng hợp số liệu của các quận, huyện.",
    };

    [Theory]
    [MemberData(nameof(AccessMatrix.Rows), MemberType = typeof(AccessMatrix))]
    public async Task Access_matrix_row(string user, string method, string path, int expected, string contains, string lacks)
    {
        var records = new Dictionary<string, AccessRecord>(await AccessRecords.SharedAsync(platform), StringComparer.Ordinal);
        if (path.Contains(FreshTask, StringComparison.Ordinal))
        {
            records[FreshTask] = await AccessRecords.FreshTaskAsync(platform);
        }
        var resolved = records.Aggregate(path, (p, record) => p.Replace(record.Key, record.Value.Id, StringComparison.Ordinal));
        var client = user == "anonymous" ? platform.Gateway : await platform.SessionAsync(user);

        using var request = new HttpRequestMessage(new HttpMethod(method), resolved);
        if (method == "POST")
        {
            var onRecord = resolved != path;
            request.Content = Json(onRecord ? CompleteStep : new { });
            if (onRecord)
            {
                // The caller's copy is current: what decides is who they are, not a stale version.
                request.Headers.TryAddWithoutValidation("If-Match", "*");
            }
        }
        using var response = await client.SendAsync(request);

        var body = await ResponseText.ReadAsync(response);
        var row = $"{user} {method} {path}";
        Assert.True(expected == (int)response.StatusCode, $"{row}: expected {expected}, got {(int)response.StatusCode} {Excerpt(body)}");
        if (expected >= 400 && path.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        if (contains.Length > 0)
        {
            Assert.True(body.Contains(records[contains].Title, StringComparison.Ordinal), $"{row}: {contains} missing from {Excerpt(body)}");
        }
        if (lacks.Length > 0)
        {
            Assert.False(body.Contains(records[lacks].Title, StringComparison.Ordinal), $"{row}: shows {lacks}, which it must not");
        }
    }

    internal static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    private static string Excerpt(string body) => body.Length > 400 ? body[..400] : body;
}
