namespace SocialPrescribing.Referrals.Domain.Connections;

public enum ProviderAnswer
{
    Accepted,
    Declined,
    Expired,
}

/// <summary>How a provider dealt with one request: its answer, or that the agreed time ran out.</summary>
/// <param name="AnsweredAt">When the provider answered, or when the request expired.</param>
public sealed record ProviderRequestOutcome(Guid ProviderId, DateTimeOffset RequestedAt, ProviderAnswer Answer, DateTimeOffset AnsweredAt)
{
    /// <summary>
    /// The outcome of the connection's request, or null while it awaits an answer, when it was
    /// never sent, or when the link worker withdrew it first (not the provider's doing).
    /// </summary>
    public static ProviderRequestOutcome? Of(Connection connection)
    {
        var history = connection.History;
        var requested = history.Select((t, i) => (t, i)).FirstOrDefault(x => x.t.To == ConnectionStatus.Requested);
        if (requested.t is null || requested.i + 1 >= history.Count)
        {
            return null;
        }
        var next = history[requested.i + 1];
        ProviderAnswer? answer = next.To switch
        {
            ConnectionStatus.Accepted => ProviderAnswer.Accepted,
            ConnectionStatus.Declined => ProviderAnswer.Declined,
            ConnectionStatus.Expired => ProviderAnswer.Expired,
            _ => null,
        };
        return answer is { } given
            ? new ProviderRequestOutcome(connection.Target.ProviderId, requested.t.At, given, next.At)
            : null;
    }
}
