using SocialPrescribing.Referrals.Domain.Connections;

namespace SocialPrescribing.Referrals.Model;

/// <summary>A connection as stored; its status always comes from replaying <see cref="History"/> through the lifecycle.</summary>
public sealed class ConnectionRecord
{
    public Guid Id { get; init; }
    public Guid ReferralId { get; init; }
    public Guid PersonId { get; init; }
    public Guid TeamId { get; init; }
    public ConnectionTargetKind TargetKind { get; init; }
    public Guid TargetId { get; init; }
    public Guid ProviderId { get; init; }

    /// <summary>What every page calls the connection (see <see cref="Application.ConnectionProviders"/>); null for connections made before it was kept.</summary>
    public string? TargetName { get; init; }
    public int AgreedResponseWorkingDays { get; init; }
    public required string SuggestedBy { get; init; }
    public DateTimeOffset SuggestedAt { get; init; }
    public ConnectionStatus Status { get; set; }

    /// <summary>The last UK date the provider may answer on; set when the request is sent, for the expiry job's query.</summary>
    public DateOnly? AnswerDueBy { get; set; }

    /// <summary>The link worker who sent the request, by name, for the provider to know whom to answer; null before it is sent.</summary>
    public string? RequestedByName { get; set; }

    /// <summary>Their work email, for the provider to reach them; null when identity gave none.</summary>
    public string? RequestedByEmail { get; set; }

    public List<ConnectionTransition> History { get; set; } = [];

    /// <summary>PostgreSQL's xmin: two answers racing for one request cannot both win.</summary>
    public uint Version { get; set; }

    public Connection ToDomain(ConnectionLifecycle lifecycle) => Connection.Restore(
        Id, ReferralId, new ConnectionTarget(TargetKind, TargetId, ProviderId), AgreedResponseWorkingDays, SuggestedBy, SuggestedAt, History, lifecycle);

    public void Apply(Connection connection, ConnectionLifecycle lifecycle)
    {
        Status = connection.Status;
        History = [.. connection.History];
        AnswerDueBy = connection.Window is { } window ? lifecycle.AnswerDueBy(window) : null;
    }

    public static ConnectionRecord From(Connection connection, Guid personId, Guid teamId, string? targetName) => new()
    {
        Id = connection.Id,
        ReferralId = connection.ReferralId,
        PersonId = personId,
        TeamId = teamId,
        TargetKind = connection.Target.Kind,
        TargetId = connection.Target.TargetId,
        ProviderId = connection.Target.ProviderId,
        TargetName = targetName,
        AgreedResponseWorkingDays = connection.AgreedResponseWorkingDays,
        SuggestedBy = connection.SuggestedBy,
        SuggestedAt = connection.SuggestedAt,
        Status = connection.Status,
    };
}
