using System.Collections.Concurrent;

namespace SocialPrescribing.Identity.Infrastructure.OneTimeCodes;

/// <summary>
/// Development and test stand-in for email and SMS: keeps the messages in memory so a person
/// (at <c>GET /dev/outbox?to=</c>) or a test can read the code. Never registered in production.
/// </summary>
public sealed class DevelopmentOutbox(TimeProvider time) : IOneTimeCodeSender
{
    private readonly ConcurrentQueue<OutboxMessage> _messages = new();

    public Task SendAsync(OneTimeCodeMessage message, CancellationToken cancellationToken)
    {
        _messages.Enqueue(new OutboxMessage(message.To, $"Your SocialPrescribing sign-in code is {message.Code}. It expires in 10 minutes.",
            message.Code, time.GetUtcNow(), message.ExpiresAt));
        return Task.CompletedTask;
    }

    /// <summary>Messages sent to <paramref name="to"/>, newest first.</summary>
    public IReadOnlyList<OutboxMessage> To(string to) =>
        [.. _messages.Where(m => string.Equals(m.To, OneTimeCodeIdentifier.Normalise(to), StringComparison.Ordinal)).Reverse()];
}

public sealed record OutboxMessage(string To, string Body, string Code, DateTimeOffset SentAt, DateTimeOffset ExpiresAt);
