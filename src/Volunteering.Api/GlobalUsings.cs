global using SocialPrescribing.Volunteering;
global using SocialPrescribing.Volunteering.Grpc;
global using SocialPrescribing.Volunteering.Infrastructure;
global using SocialPrescribing.Volunteering.Model;
