// Umbrella header: includes the core smtpcodes headers and nothing else.
// The allocating render layer (render.hpp, enhanced_status_format.hpp) is
// included separately.
#ifndef SMTPCODES_SMTPCODES_HPP
#define SMTPCODES_SMTPCODES_HPP

// clang-format off
#include "version.hpp"
#include "reply_code.hpp"
#include "command.hpp"
#include "registry.hpp"
#include "enhanced_status.hpp"
#include "reply.hpp"
#include "advice.hpp"
#include "compare.hpp"
// clang-format on

#endif
