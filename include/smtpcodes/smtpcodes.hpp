// Umbrella header: includes the core smtpcodes headers and nothing else.
// The allocating render layer (render.hpp) is included separately.
#ifndef SMTPCODES_SMTPCODES_HPP
#define SMTPCODES_SMTPCODES_HPP

#include "command.hpp"
#include "registry.hpp"
#include "reply_code.hpp"
#include "version.hpp"

#endif
