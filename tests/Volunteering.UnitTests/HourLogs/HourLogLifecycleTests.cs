using SocialPrescribing.Volunteering.Domain.HourLogs;
using SocialPrescribing.Volunteering.Domain.Validation;
using static SocialPrescribing.Volunteering.UnitTests.HourLogs.HourLogExamples;

namespace SocialPrescribing.Volunteering.UnitTests.HourLogs;

public class HourLogLifecycleTests
{
    private static readonly DateTimeOffset Later = Now.AddHours(3);

    [Fact]
    public void A_new_log_waits_for_approval_under_a_manual_policy()
    {
        var log = Submitted(Content());

        Assert.Equal(HourLogStatus.Submitted, log.Status);
        Assert.Null(log.DecidedBy);
    }

    [Fact]
    public void Submitting_requires_a_client_made_id_and_valid_content()
    {
        var error = Assert.Throws<FieldErrorsException>(() =>
            HourLog.Submit(Guid.Empty, Content(hours: 0), HourLogSource.Volunteer, "volunteer", Now, [], HourApprovalPolicy.Manual));

        Assert.Equal(["duration", "id"], error.Errors.Keys.Order());
    }

    [Fact]
    public void Approving_records_who_and_when()
    {
        var log = Submitted(Content());

        log.Approve("coordinator@anytown", Later);

        Assert.Equal((HourLogStatus.Approved, "coordinator@anytown", Later, false), (log.Status, log.DecidedBy, log.DecidedAt, log.ApprovedAutomatically));
    }

    [Fact]
    public void Rejecting_requires_a_reason()
    {
        var log = Submitted(Content());

        var error = Assert.Throws<FieldErrorsException>(() => log.Reject("coordinator", Later, " "));

        Assert.Equal(["reason"], error.Errors.Keys);
        Assert.Equal(HourLogStatus.Submitted, log.Status);
    }

    [Fact]
    public void A_rejection_keeps_its_reason()
    {
        var log = Submitted(Content());

        log.Reject("coordinator", Later, " Session was cancelled ");

        Assert.Equal((HourLogStatus.Rejected, "Session was cancelled"), (log.Status, log.RejectionReason));
    }

    [Fact]
    public void Only_a_submitted_log_can_be_decided()
    {
        Assert.Throws<VolunteeringDomainException>(() => Rejected(Content()).Approve("coordinator", Later));
        Assert.Throws<VolunteeringDomainException>(() => Approved(Content()).Reject("coordinator", Later, "Changed my mind"));
        Assert.Throws<VolunteeringDomainException>(() => Approved(Content()).Approve("coordinator", Later));
    }

    [Fact]
    public void An_organisation_that_approves_automatically_gets_approved_logs_at_once()
    {
        var log = HourLog.Submit(Guid.NewGuid(), Content(), HourLogSource.Volunteer, "volunteer", Now, [], HourApprovalPolicy.AutoApproveAll);

        Assert.Equal((HourLogStatus.Approved, HourLog.AutomaticApprover, Now, true), (log.Status, log.DecidedBy, log.DecidedAt, log.ApprovedAutomatically));
    }

    [Fact]
    public void Automatic_approval_up_to_a_duration_leaves_longer_logs_for_a_person()
    {
        var policy = new HourApprovalPolicy(TimeSpan.FromHours(3));

        var shortLog = HourLog.Submit(Guid.NewGuid(), Content(hours: 3), HourLogSource.Volunteer, "volunteer", Now, [], policy);
        var longLog = HourLog.Submit(Guid.NewGuid(), Content(hours: 4), HourLogSource.Volunteer, "volunteer", Now, [], policy);

        Assert.Equal((HourLogStatus.Approved, HourLogStatus.Submitted), (shortLog.Status, longLog.Status));
    }

    [Fact]
    public void Turning_on_automatic_approval_approves_a_waiting_log_but_not_a_rejected_one()
    {
        var waiting = Submitted(Content());
        var rejected = Rejected(Content());

        Assert.True(waiting.AutoApprove(HourApprovalPolicy.AutoApproveAll, Later));
        Assert.False(rejected.AutoApprove(HourApprovalPolicy.AutoApproveAll, Later));
        Assert.Equal((HourLogStatus.Approved, HourLogStatus.Rejected), (waiting.Status, rejected.Status));
    }

    [Fact]
    public void A_resend_with_the_same_id_and_content_is_the_same_submission()
    {
        var id = Guid.NewGuid();
        var log = HourLog.Submit(id, Content(), HourLogSource.Volunteer, "volunteer", Now, [], HourApprovalPolicy.Manual);

        Assert.True(log.IsSameSubmission(id, Content() with { Role = " Befriender ", Note = "Tea and a chat " }));
        Assert.False(log.IsSameSubmission(id, Content(hours: 3)));
        Assert.False(log.IsSameSubmission(Guid.NewGuid(), Content()));
    }

    [Fact]
    public void A_resend_still_matches_after_the_log_was_edited()
    {
        var id = Guid.NewGuid();
        var log = HourLog.Submit(id, Content(hours: 2), HourLogSource.Volunteer, "volunteer", Now, [], HourApprovalPolicy.Manual);
        log.Edit(Content(hours: 1.5), "coordinator", Later, []);

        Assert.True(log.IsSameSubmission(id, Content(hours: 2)));
    }

    [Fact]
    public void An_edit_after_approval_is_audited_and_keeps_the_approval()
    {
        var log = Approved(Content(hours: 2));

        log.Edit(Content(hours: 1.5), "coordinator", Later, []);

        var edit = Assert.Single(log.Edits);
        Assert.Equal(("coordinator", Later, HourLogStatus.Approved), (edit.By, edit.At, edit.StatusAtEdit));
        Assert.Equal((TimeSpan.FromHours(2), TimeSpan.FromHours(1.5)), (edit.Before.Duration, edit.After.Duration));
        Assert.Equal((HourLogStatus.Approved, TimeSpan.FromHours(1.5)), (log.Status, log.Content.Duration));
    }

    [Fact]
    public void An_edit_that_changes_nothing_leaves_no_audit_entry()
    {
        var log = Approved(Content());

        log.Edit(Content() with { Note = " Tea and a chat" }, "coordinator", Later, []);

        Assert.Empty(log.Edits);
    }

    [Fact]
    public void An_edit_follows_the_same_rules_and_cannot_move_the_log()
    {
        var log = Approved(Content());

        var error = Assert.Throws<FieldErrorsException>(() =>
            log.Edit(Content(date: Today.AddDays(1), volunteer: Guid.NewGuid(), organisation: Guid.NewGuid()), "coordinator", Later, []));

        Assert.Equal(["date", "organisationId", "volunteerId"], error.Errors.Keys.Order());
        Assert.Empty(log.Edits);
    }

    [Fact]
    public void A_rejected_log_cannot_be_edited()
    {
        Assert.Throws<VolunteeringDomainException>(() => Rejected(Content()).Edit(Content(hours: 1), "volunteer", Later, []));
    }
}
