using Grpc.Core;
using SocialPrescribing.Matching.Domain;
using Contract = SocialPrescribing.Contracts.Matching;

namespace SocialPrescribing.Matching.Grpc;

/// <summary>Reads request fields, answering INVALID_ARGUMENT with a message for any that is malformed.</summary>
internal static class RequestValues
{
    public static Guid Id(string value, string field) =>
        Guid.TryParse(value, out var id) ? id : throw Invalid($"{field} '{value}' is not an id.");

    public static CandidateKind Kind(Contract.CandidateKind kind) => kind switch
    {
        Contract.CandidateKind.Activity => CandidateKind.Activity,
        Contract.CandidateKind.Volunteer => CandidateKind.Volunteer,
        _ => throw Invalid("kind must be CANDIDATE_KIND_ACTIVITY or CANDIDATE_KIND_VOLUNTEER."),
    };

    public static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
