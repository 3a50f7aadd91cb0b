using System.Collections.Concurrent;
using Grpc.Core;
using SocialPrescribing.Contracts.Volunteering;
using VolunteeringClient = SocialPrescribing.Contracts.Volunteering.Volunteering.VolunteeringClient;

namespace SocialPrescribing.Matching.Api.Tests.Hosting;

/// <summary>The volunteering service's available volunteers, as a test sets them (in one page).</summary>
internal sealed class FakeVolunteering : VolunteeringClient
{
    private readonly ConcurrentDictionary<string, AvailableVolunteer> volunteers = new();

    public void Put(AvailableVolunteer volunteer) => volunteers[volunteer.VolunteerId] = volunteer;

    public override AsyncUnaryCall<GetAvailableVolunteersResponse> GetAvailableVolunteersAsync(GetAvailableVolunteersRequest request, CallOptions options) =>
        GrpcCalls.Answer(new GetAvailableVolunteersResponse { Volunteers = { volunteers.Values } });
}
