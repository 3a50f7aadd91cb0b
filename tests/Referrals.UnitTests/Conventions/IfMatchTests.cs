using Microsoft.AspNetCore.Http;
using SocialPrescribing.Conventions;

namespace SocialPrescribing.Referrals.UnitTests.Conventions;

/// <summary>
/// The one If-Match rule every service applies (ServiceDefaults/Conventions), here because this project already
/// references ServiceDefaults. The record's version is 7 throughout.
/// </summary>
public sealed class IfMatchTests
{
    private const uint Current = 7;

    [Fact]
    public void A_change_without_If_Match_is_refused_as_precondition_required_naming_If_Match()
    {
        var refused = Assert.Throws<ProblemException>(() => Ensure(null));

        Assert.Equal((StatusCodes.Status428PreconditionRequired, "If-Match"), (refused.Status, refused.Field));
    }

    [Theory]
    [InlineData("\"6\"")]     // read before someone else's change
    [InlineData("W/\"7\"")]   // weak: never ours, so it cannot vouch for the version
    [InlineData("\"seven\"")] // not a version of ours
    [InlineData("7")]         // not an entity tag at all (no quotes)
    public void An_If_Match_naming_another_or_no_version_of_ours_is_refused_as_precondition_failed(string ifMatch)
    {
        var refused = Assert.Throws<ProblemException>(() => Ensure(ifMatch));

        Assert.Equal((StatusCodes.Status412PreconditionFailed, "If-Match"), (refused.Status, refused.Field));
    }

    [Theory]
    [InlineData("\"7\"")]
    [InlineData(" \"7\" ")]
    [InlineData("*")] // any current version: for a move that overwrites nothing the caller read
    public void The_version_read_or_any_version_lets_the_change_through_and_becomes_its_concurrency_token(string ifMatch)
    {
        Assert.Equal(Current, Ensure(ifMatch));
    }

    [Fact]
    public void A_version_goes_out_as_a_strong_ETag()
    {
        var response = new DefaultHttpContext().Response;

        response.SetETag(Current);

        Assert.Equal("\"7\"", response.Headers.ETag.ToString());
    }

    private static uint Ensure(string? ifMatch)
    {
        var request = new DefaultHttpContext().Request;
        if (ifMatch is not null)
        {
            request.Headers.IfMatch = ifMatch;
        }
        return request.EnsureIfMatch(Current);
    }
}
