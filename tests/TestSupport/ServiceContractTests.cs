using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StPlatform.TestSupport;

/// <summary>
/// What every department's service promises, whatever its domain: it is ready only once migrated
/// and connected, its list never returns more than 100 rows, every error is problem details with
/// nothing internal in it, its page is Vietnamese first, and its forms refuse cross-site posts.
/// A service's test project derives one class from this and so runs all of these against itself.
/// </summary>
public abstract class ServiceContractTests(IServiceFixture fixture)
{
    /// <summary>The API's collection, e.g. <c>/api/tasks</c>.</summary>
    protected abstract string ApiPath { get; }

    /// <summary>The UI's list page, e.g. <c>/tasks</c>; its entry form is at <c>{PagePath}/new</c>.</summary>
    protected abstract string PagePath { get; }

    /// <summary>The Vietnamese heading of the page, with its diacritics.</summary>
    protected abstract string PageHeading { get; }

    /// <summary>The committed OpenAPI document, e.g. <c>src/Tasks/Tasks.openapi.json</c>.</summary>
    protected abstract string OpenApiFile { get; }

    /// <summary>The fields an empty create request must be told are missing.</summary>
    protected abstract string[] RequiredFields { get; }

    /// <summary>Stores <paramref name="count"/> records that sort after any other test's records.</summary>
    protected abstract Task SeedTrailingRecordsAsync(int count);

    /// <summary>Whether anyone may read the list without signing in (published registries and directories).</summary>
    protected virtual bool ListIsPublic => true;

    [Fact]
    public async Task List_is_readable_without_sign_in_only_when_the_service_publishes_it()
    {
        using var client = fixture.CreateAnonymousClient();

        using var response = await client.GetAsync(new Uri(ApiPath, UriKind.Relative));

        if (ListIsPublic)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task Create_without_a_token_is_a_401_problem_before_any_validation()
    {
        using var client = fixture.CreateAnonymousClient();

        using var response = await client.PostAsJsonAsync(new Uri(ApiPath, UriKind.Relative), new { });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Viewer_may_read_but_not_create_and_gets_a_403_problem()
    {
        using var client = fixture.CreateClient(ServiceDefaults.Security.PlatformRoles.Viewer, "SKHCN");

        using var list = await client.GetAsync(new Uri(ApiPath, UriKind.Relative));
        using var created = await client.PostAsJsonAsync(new Uri(ApiPath, UriKind.Relative), new { });

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        await ProblemAssert.IsProblemAsync(created, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Service_is_healthy_once_migrated_and_connected_to_database_and_broker()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var checks = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", checks.GetProperty("PostgreSql").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty(fixture.MigrationHealthCheck).GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("RabbitMQ.Client").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Service_answers_that_it_is_alive()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync(new Uri("/alive", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task List_never_returns_more_than_100_items_however_many_are_asked_for()
    {
        await SeedTrailingRecordsAsync(101);
        using var client = fixture.CreateClient();

        var page = await client.GetFromJsonAsync<JsonElement>(new Uri($"{ApiPath}?pageSize=1000", UriKind.Relative));

        Assert.Equal(100, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(100, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("totalCount").GetInt32() >= 101);
        Assert.True(page.GetProperty("hasNext").GetBoolean());
    }

    [Fact]
    public async Task Page_number_out_of_range_gives_an_empty_page_not_an_error()
    {
        using var client = fixture.CreateClient();

        var page = await client.GetFromJsonAsync<JsonElement>(new Uri($"{ApiPath}?page=2147483647&pageSize=0", UriKind.Relative));

        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
        Assert.Equal(1, page.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task Empty_create_request_is_a_validation_problem_naming_each_missing_field()
    {
        using var client = fixture.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri(ApiPath, UriKind.Relative), new { });

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, RequiredFields);
    }

    [Theory]
    [InlineData("""{"title": """)]
    [InlineData("""[1, 2, 3]""")]
    [InlineData("""not json at all""")]
    public async Task Malformed_json_is_a_400_problem_without_internals(string body)
    {
        using var client = fixture.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri(ApiPath, UriKind.Relative), content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_id_is_a_404_problem()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync(new Uri($"{ApiPath}/{Guid.NewGuid()}", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApi_document_is_served_under_the_api_prefix_and_describes_the_list()
    {
        using var client = fixture.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>(new Uri($"{ApiPath}/openapi/v1.json", UriKind.Relative));

        Assert.True(document.GetProperty("paths").TryGetProperty(ApiPath, out var list));
        Assert.True(list.TryGetProperty("get", out _));
        Assert.True(list.TryGetProperty("post", out _));
    }

    /// <summary>
    /// The committed document is what clients and reviewers read, so it must be what the service
    /// serves. After a deliberate API change, run the tests once with UPDATE_OPENAPI=1 to rewrite it.
    /// </summary>
    [Fact]
    public async Task Committed_OpenApi_document_is_the_one_the_service_serves()
    {
        using var client = fixture.CreateClient();
        var served = await client.GetFromJsonAsync<JsonObject>(new Uri($"{ApiPath}/openapi/v1.json", UriKind.Relative));
        served!.Remove("servers");
        var text = served.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        var path = RepositoryFiles.PathOf(OpenApiFile);

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, text);
        }

        Assert.True(File.Exists(path), $"{OpenApiFile} is missing: run the tests with UPDATE_OPENAPI=1.");
        Assert.Equal(await File.ReadAllTextAsync(path), text);
    }

    [Fact]
    public async Task Page_is_in_vietnamese_first_with_its_heading()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync(new Uri(PagePath, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains(PageHeading, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Entry_form_labels_every_field_it_asks_for()
    {
        using var client = fixture.CreateClient();

        var html = await client.GetStringAsync(new Uri($"{PagePath}/new", UriKind.Relative));

        foreach (var field in RequiredFields)
        {
            Assert.Contains($"<label for=\"{field}\">", html, StringComparison.Ordinal);
            Assert.Contains($"id=\"{field}\" name=\"{field}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Entry_form_refuses_a_post_without_its_antiforgery_token()
    {
        using var client = fixture.CreateClient();
        using var form = new FormUrlEncodedContent([new("title", "Không có mã chống giả mạo")]);

        using var response = await client.PostAsync(new Uri($"{PagePath}/new", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
