using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SocialPrescribing.Notifications.Sending;

namespace SocialPrescribing.Notifications.Tests;

public sealed class NotifyClientTests
{
    private const string ServiceId = "26785a09-ab16-4eb0-8407-a37497a57506";
    private const string Secret = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 21, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void An_api_key_is_read_from_its_end_so_a_key_name_with_hyphens_stays_out_of_it()
    {
        var key = NotifyApiKey.Parse($"reminders-live-key-{ServiceId}-{Secret}");

        Assert.Equal(ServiceId, key.ServiceId);
        Assert.Equal(Secret, key.Secret);
        Assert.DoesNotContain(Secret, key.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_that_does_not_end_in_two_uuids_is_refused()
    {
        Assert.Throws<FormatException>(() => NotifyApiKey.Parse("not-a-notify-key"));
    }

    [Fact]
    public async Task An_email_is_posted_in_Notify_s_shape_with_a_token_signed_by_the_secret()
    {
        await using var notify = await FakeNotify.StartAsync();
        var client = ClientFor(notify);

        var receipt = await client.SendEmailAsync(new NotificationRequest("margaret@example.org", "tmpl-1",
            new Dictionary<string, string> { ["first_name"] = "Margaret" }, "ref-1"), Ct);

        Assert.Equal("740e5834-3a29-46b4-9a6f-16142fde0e7a", receipt.Id);
        var (path, authorization, body) = Assert.Single(notify.Requests);
        Assert.Equal("/v2/notifications/email", path);
        Assert.Equal("margaret@example.org", body.GetProperty("email_address").GetString());
        Assert.Equal("tmpl-1", body.GetProperty("template_id").GetString());
        Assert.Equal("ref-1", body.GetProperty("reference").GetString());
        Assert.Equal("Margaret", body.GetProperty("personalisation").GetProperty("first_name").GetString());
        Assert.False(body.TryGetProperty("phone_number", out _));

        Assert.StartsWith("Bearer ", authorization);
        var token = authorization!["Bearer ".Length..].Split('.');
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.ASCII.GetBytes($"{token[0]}.{token[1]}"));
        Assert.Equal(expected, FromBase64Url(token[2]));
        var header = JsonDocument.Parse(FromBase64Url(token[0])).RootElement;
        Assert.Equal("HS256", header.GetProperty("alg").GetString());
        var claims = JsonDocument.Parse(FromBase64Url(token[1])).RootElement;
        Assert.Equal(ServiceId, claims.GetProperty("iss").GetString());
        Assert.Equal(Now.ToUnixTimeSeconds(), claims.GetProperty("iat").GetInt64());
    }

    [Fact]
    public async Task A_text_message_goes_to_the_sms_endpoint_with_the_phone_number()
    {
        await using var notify = await FakeNotify.StartAsync();

        await ClientFor(notify).SendSmsAsync(new NotificationRequest("07700900123", "tmpl-2", new Dictionary<string, string>(), "ref-2"), Ct);

        var (path, _, body) = Assert.Single(notify.Requests);
        Assert.Equal("/v2/notifications/sms", path);
        Assert.Equal("07700900123", body.GetProperty("phone_number").GetString());
        Assert.False(body.TryGetProperty("email_address", out _));
    }

    [Theory]
    [InlineData(429, "RateLimitError", true)]
    [InlineData(500, "Exception", true)]
    [InlineData(400, "BadRequestError", false)]
    [InlineData(403, "AuthError", false)]
    public async Task A_refusal_carries_Notify_s_error_code_and_whether_it_may_be_tried_again(int status, string error, bool mayRetry)
    {
        await using var notify = await FakeNotify.StartAsync();
        notify.Answer = (status, $$"""{"status_code":{{status}},"errors":[{"error":"{{error}}","message":"no"}]}""");

        var refused = await Assert.ThrowsAsync<NotifyException>(() =>
            ClientFor(notify).SendEmailAsync(new NotificationRequest("a@example.org", "t", new Dictionary<string, string>(), "r"), Ct));

        Assert.Equal(status, refused.StatusCode);
        Assert.Equal(error, refused.Error);
        Assert.Equal(mayRetry, refused.MayRetry);
    }

    private static NotifyClient ClientFor(FakeNotify notify) =>
        new(new HttpClient { BaseAddress = notify.Address }, NotifyApiKey.Parse($"test-{ServiceId}-{Secret}"), new FakeTimeProvider(Now));

    private static byte[] FromBase64Url(string value)
    {
        var padded = value.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
