using Hl7.Fhir.Model;

namespace SocialPrescribing.Referrals.Fhir;

/// <summary>One thing wrong with what a GP system sent: where (a FHIRPath expression) and what, in plain English.</summary>
public sealed record FhirIssue(string Expression, string Message, OperationOutcome.IssueType Type = OperationOutcome.IssueType.Invalid);

/// <summary>The request was refused; <see cref="Outcome"/> names every problem found.</summary>
public sealed class FhirProblemException(int status, IReadOnlyList<FhirIssue> issues) : Exception(string.Join(" ", issues.Select(i => i.Message)))
{
    public int Status { get; } = status;

    public IReadOnlyList<FhirIssue> Issues { get; } = issues;

    public FhirProblemException(int status, string expression, string message, OperationOutcome.IssueType type = OperationOutcome.IssueType.Invalid)
        : this(status, [new FhirIssue(expression, message, type)])
    {
    }

    public OperationOutcome Outcome => new()
    {
        Issue = [.. Issues.Select(i => new OperationOutcome.IssueComponent
        {
            Severity = OperationOutcome.IssueSeverity.Error,
            Code = i.Type,
            Diagnostics = i.Message,
            Expression = [i.Expression],
        })],
    };
}
