using Microsoft.AspNetCore.Http;
using StPlatform.ServiceDefaults.Http;

namespace StPlatform.ServiceDefaults.Tests.Http;

public sealed class PreconditionsTests
{
    [Fact]
    public void A_change_without_If_Match_is_told_it_is_required() =>
        Assert.Equal(StatusCodes.Status428PreconditionRequired, Check(null, 7)?.StatusCode);

    [Fact]
    public void A_change_made_against_an_older_version_is_refused_as_stale() =>
        Assert.Equal(StatusCodes.Status412PreconditionFailed, Check(Preconditions.ETagOf(6), 7)?.StatusCode);

    [Theory]
    [InlineData("\"7\"")]
    [InlineData("W/\"7\"")]
    [InlineData("\"5\", \"7\"")]
    [InlineData("*")]
    public void A_change_made_against_the_current_version_may_go_ahead(string ifMatch) =>
        Assert.Null(Check(ifMatch, 7));

    [Fact]
    public void An_unquoted_tag_is_a_bad_request_naming_the_header()
    {
        var problem = Check("7", 7);

        Assert.Equal(StatusCodes.Status400BadRequest, problem?.StatusCode);
        var errors = Assert.IsType<Dictionary<string, string[]>>(problem!.ProblemDetails.Extensions["errors"]);
        Assert.Equal(["If-Match"], errors.Keys);
    }

    [Fact]
    public void The_ETag_is_the_row_version_in_quotes()
    {
        var context = new DefaultHttpContext();

        context.Response.SetETag(42);

        Assert.Equal("\"42\"", context.Response.Headers.ETag.ToString());
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Check(string? ifMatch, uint version)
    {
        var context = new DefaultHttpContext();
        if (ifMatch is not null)
        {
            context.Request.Headers.IfMatch = ifMatch;
        }
        return Preconditions.CheckIfMatch(context.Request, version);
    }
}
