using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Domain.HourLogs;

/// <summary>
/// Time a volunteer gave, identified by the id the client made (so a phone can resend safely).
/// Lifecycle: Submitted → Approved | Rejected (with a reason) | Withdrawn (by the volunteer), or approved
/// automatically when the organisation's <see cref="HourApprovalPolicy"/> covers it. Every change of content is audited.
/// </summary>
public sealed class HourLog
{
    public const string AutomaticApprover = "approval policy";

    private List<HourLogEdit> _edits = [];

    /// <summary>For the persistence layer, which sets every property from a stored row.</summary>
    private HourLog()
    {
        Content = null!;
        SubmittedContent = null!;
        SubmittedBy = null!;
    }

    private HourLog(Guid id, HourLogContent content, HourLogSource source, string submittedBy, DateTimeOffset submittedAt)
    {
        Id = id;
        Content = content;
        SubmittedContent = content;
        Source = source;
        SubmittedBy = submittedBy;
        SubmittedAt = submittedAt;
        Status = HourLogStatus.Submitted;
    }

    public Guid Id { get; }
    public HourLogContent Content { get; private set; }

    /// <summary>The content as first received, which a resend is compared with even after later edits.</summary>
    public HourLogContent SubmittedContent { get; }

    public HourLogSource Source { get; }
    public string SubmittedBy { get; }
    public DateTimeOffset SubmittedAt { get; }
    public HourLogStatus Status { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public bool ApprovedAutomatically { get; private set; }
    public string? RejectionReason { get; private set; }
    public IReadOnlyList<HourLogEdit> Edits => _edits;

    /// <param name="clientId">The id the client made for this log.</param>
    /// <param name="volunteersLogs">The volunteer's other logs (at least those on the same date), for the 24-hour day rule.</param>
    /// <exception cref="FieldErrorsException">The content breaks <see cref="HourLogRules"/>.</exception>
    public static HourLog Submit(
        Guid clientId,
        HourLogContent content,
        HourLogSource source,
        string submittedBy,
        DateTimeOffset at,
        IEnumerable<HourLog> volunteersLogs,
        HourApprovalPolicy policy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(submittedBy);
        var errors = new FieldErrors();
        if (clientId == Guid.Empty) errors.Add("id", "A client-made id is required.");
        errors.AddAll(HourLogRules.Validate(content, at, volunteersLogs, clientId));
        errors.ThrowIfAny();

        var log = new HourLog(clientId, content.Normalised(), source, submittedBy, at);
        log.AutoApprove(policy, at);
        return log;
    }

    /// <summary>
    /// Whether a request with this client id and content is a resend of this log (answer with the log)
    /// rather than a different log reusing its id (a conflict).
    /// </summary>
    public bool IsSameSubmission(Guid clientId, HourLogContent content) =>
        clientId == Id && content.Normalised() == SubmittedContent;

    public void Approve(string by, DateTimeOffset at) => Decide(HourLogStatus.Approved, by, at);

    /// <exception cref="FieldErrorsException">No reason was given (field "reason").</exception>
    public void Reject(string by, DateTimeOffset at, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new FieldErrorsException(new Dictionary<string, string[]>
            {
                ["reason"] = ["A reason is required to reject hours."],
            });
        }
        Decide(HourLogStatus.Rejected, by, at);
        RejectionReason = reason.Trim();
    }

    /// <summary>The volunteer takes the log back before anyone decided on it; who may is the service's authorisation.</summary>
    /// <exception cref="VolunteeringDomainException">The log was decided already.</exception>
    public void Withdraw(string by, DateTimeOffset at) => Decide(HourLogStatus.Withdrawn, by, at);

    /// <summary>Approves a submitted log the policy covers; also used when an organisation turns auto-approval on for waiting logs.</summary>
    /// <returns>Whether the log was approved.</returns>
    public bool AutoApprove(HourApprovalPolicy policy, DateTimeOffset at)
    {
        if (Status != HourLogStatus.Submitted || !policy.ApprovesAutomatically(Content))
        {
            return false;
        }
        Decide(HourLogStatus.Approved, AutomaticApprover, at);
        ApprovedAutomatically = true;
        return true;
    }

    /// <summary>
    /// Changes what the log says, keeping its status; the change is audited with who and when.
    /// Who may edit an approved log (its organisation, not the volunteer) is the service's authorisation.
    /// </summary>
    /// <exception cref="VolunteeringDomainException">The log was rejected.</exception>
    /// <exception cref="FieldErrorsException">The new content breaks <see cref="HourLogRules"/> or moves the log to another volunteer or organisation.</exception>
    public void Edit(HourLogContent changed, string by, DateTimeOffset at, IEnumerable<HourLog> volunteersLogs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (!Status.ClaimsTime())
        {
            throw new VolunteeringDomainException($"A {Status.ToString().ToLowerInvariant()} log cannot be edited; submit a new log instead.");
        }
        var errors = new FieldErrors();
        if (changed.VolunteerId != Content.VolunteerId) errors.Add("volunteerId", "A log stays with the volunteer who gave the time.");
        if (changed.OrganisationId != Content.OrganisationId) errors.Add("organisationId", "A log stays with the organisation that approves it; submit a new log for another organisation.");
        errors.AddAll(HourLogRules.Validate(changed, at, volunteersLogs, Id));
        errors.ThrowIfAny();

        var after = changed.Normalised();
        if (after == Content)
        {
            return;
        }
        _edits.Add(new HourLogEdit(by, at, Status, Content, after));
        Content = after;
    }

    /// <summary>The one place that decides which status changes are allowed.</summary>
    private void Decide(HourLogStatus to, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (Status != HourLogStatus.Submitted)
        {
            throw new VolunteeringDomainException($"The log is already {Status.ToString().ToLowerInvariant()}; only a submitted log can be {to.ToString().ToLowerInvariant()}.");
        }
        Status = to;
        DecidedBy = by;
        DecidedAt = at;
    }
}
