using SocialPrescribing.Seeds;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SocialPrescribing.Identity.Infrastructure.OneTimeCodes;

namespace SocialPrescribing.Identity.Tests;

public sealed class VolunteerOneTimeCodeTests(IdentityServerFixture identity)
{
    private static readonly string[] Scopes = ["openid", "offline_access", ApiScopes.Volunteering];
    private const string Margaret = "margaret.hughes@example.org";
    private CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_volunteer_signs_in_with_the_code_read_from_the_development_outbox()
    {
        using var tokens = identity.Server.NewTokenClient();

        var signedIn = await tokens.SignInWithOneTimeCodeAsync(" Margaret.Hughes@EXAMPLE.org ", Scopes, Cancellation);

        var claims = signedIn.AccessTokenClaims;
        Assert.Equal(["volunteer"], claims.All("role"));
        Assert.Equal(SeedIds.ToGuid("vol-margaret-hughes").ToString(), claims["volunteer_id"]);
        Assert.Equal(["volunteering"], claims.All("aud"));
        Assert.Null(claims["email"]); // a volunteer's email is their own, not the services'
        Assert.NotNull(signedIn.RefreshToken);
    }

    [Fact]
    public async Task A_volunteer_can_use_their_phone_number_in_any_common_format()
    {
        await identity.Server.CreateVolunteerAccountAsync(phone: "07700 900123");
        using var tokens = identity.Server.NewTokenClient();
        (await tokens.SendOneTimeCodeAsync("+44 7700 900123", Cancellation)).EnsureSuccessStatusCode();

        var code = await tokens.ReadDevelopmentCodeAsync("07700900123", Cancellation);
        using var response = await tokens.RedeemOneTimeCodeAsync("07700 900123", code!, Scopes, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_replayed_code_is_rejected()
    {
        using var tokens = identity.Server.NewTokenClient();
        (await tokens.SendOneTimeCodeAsync(Margaret, Cancellation)).EnsureSuccessStatusCode();
        var code = (await tokens.ReadDevelopmentCodeAsync(Margaret, Cancellation))!;
        (await tokens.RedeemOneTimeCodeAsync(Margaret, code, Scopes, Cancellation)).EnsureSuccessStatusCode();

        using var replay = await tokens.RedeemOneTimeCodeAsync(Margaret, code, Scopes, Cancellation);

        await AssertInvalidGrantAsync(replay);
    }

    [Fact]
    public async Task After_five_wrong_codes_even_the_right_code_is_refused()
    {
        using var tokens = identity.Server.NewTokenClient();
        (await tokens.SendOneTimeCodeAsync(Margaret, Cancellation)).EnsureSuccessStatusCode();
        var code = (await tokens.ReadDevelopmentCodeAsync(Margaret, Cancellation))!;
        var wrong = code == "000000" ? "111111" : "000000";

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await AssertInvalidGrantAsync(await tokens.RedeemOneTimeCodeAsync(Margaret, wrong, Scopes, Cancellation));
        }

        await AssertInvalidGrantAsync(await tokens.RedeemOneTimeCodeAsync(Margaret, code, Scopes, Cancellation));
    }

    [Fact]
    public async Task Fifty_parallel_wrong_guesses_get_five_tries_between_them_and_then_the_right_code_is_refused()
    {
        using var tokens = identity.Server.NewTokenClient();
        var (email, code, wrong) = await CodeSentToNewVolunteerAsync(tokens);

        var guesses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => tokens.RedeemOneTimeCodeAsync(email, wrong, Scopes, Cancellation)));
        foreach (var guess in guesses)
        {
            await AssertInvalidGrantAsync(guess);
        }
        await AssertInvalidGrantAsync(await tokens.RedeemOneTimeCodeAsync(email, code, Scopes, Cancellation));

        var stored = await identity.Server.LatestOneTimeCodeAsync(email);
        Assert.Equal(OneTimeCodeService.MaxAttempts, stored.FailedAttempts);
        Assert.Null(stored.ConsumedAt);
        var compared = await identity.Server.AuditTrailAsync(q => q.Where(a =>
            a.SubjectId == stored.UserId && a.Type == AuditEventType.OneTimeCodeSignInFailed && a.Detail == "wrong_code"));
        Assert.Equal(OneTimeCodeService.MaxAttempts, compared.Count);
    }

    [Fact]
    public async Task A_right_code_after_four_wrong_ones_signs_in_and_is_not_counted_as_a_failure()
    {
        using var tokens = identity.Server.NewTokenClient();
        var (email, code, wrong) = await CodeSentToNewVolunteerAsync(tokens);

        for (var attempt = 1; attempt <= OneTimeCodeService.MaxAttempts - 1; attempt++)
        {
            await AssertInvalidGrantAsync(await tokens.RedeemOneTimeCodeAsync(email, wrong, Scopes, Cancellation));
        }
        using var right = await tokens.RedeemOneTimeCodeAsync(email, code, Scopes, Cancellation);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(OneTimeCodeService.MaxAttempts - 1, (await identity.Server.LatestOneTimeCodeAsync(email)).FailedAttempts);
    }

    [Fact]
    public async Task An_unknown_identifier_gets_the_same_202_as_a_known_one_and_nothing_is_sent()
    {
        using var tokens = identity.Server.NewTokenClient();

        using var known = await tokens.SendOneTimeCodeAsync(Margaret, Cancellation);
        using var unknown = await tokens.SendOneTimeCodeAsync("nobody@example.org", Cancellation);

        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(Cancellation), await unknown.Content.ReadAsStringAsync(Cancellation));
        Assert.Null(await tokens.ReadDevelopmentCodeAsync("nobody@example.org", Cancellation));
    }

    [Fact]
    public async Task A_code_used_after_its_ten_minutes_is_rejected()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await IdentityServer.StartAsync(identity.Postgres, clock);
        using var tokens = server.NewTokenClient();
        (await tokens.SendOneTimeCodeAsync(Margaret, Cancellation)).EnsureSuccessStatusCode();
        var code = (await tokens.ReadDevelopmentCodeAsync(Margaret, Cancellation))!;

        clock.Advance(TimeSpan.FromMinutes(10));
        using var expired = await tokens.RedeemOneTimeCodeAsync(Margaret, code, Scopes, Cancellation);

        await AssertInvalidGrantAsync(expired);
    }

    private static async Task AssertInvalidGrantAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("invalid_grant", error.GetProperty("error").GetString());
            Assert.Equal("The code is wrong, has expired or has already been used.", error.GetProperty("error_description").GetString());
        }
    }

    /// <summary>A new volunteer who has asked for a code: their identifier, the code, and a wrong code.</summary>
    private async Task<(string Email, string Code, string Wrong)> CodeSentToNewVolunteerAsync(TokenClient tokens)
    {
        var email = (await identity.Server.CreateVolunteerAccountAsync()).OneTimeCodeIdentifier!;
        (await tokens.SendOneTimeCodeAsync(email, Cancellation)).EnsureSuccessStatusCode();
        var code = (await tokens.ReadDevelopmentCodeAsync(email, Cancellation))!;
        return (email, code, code == "000000" ? "111111" : "000000");
    }
}
