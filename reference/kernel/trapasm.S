/*
 * trapasm.S -- exception entry stubs.
 *
 * Contract: trap_init() points IDT vector n (0-31) at trap_stubs + 16 * n,
 * through an interrupt gate with __KERNEL_CS.  Each stub pushes a zero where
 * the CPU pushed no error code, then the vector, then the general registers:
 * that is struct trap_frame, whose address trap() receives.  When trap()
 * returns, the frame is restored, eip included (an exception-table fixup
 * changes it), and iret resumes.  Everything runs at CPL 0: no stack switch.
 */
#include "mmu.h"

	.text
	.balign 16
	.globl trap_stubs
trap_stubs:
	.set vec, 0
	.rept 32
	.balign 16
	.if !(vec == 8 || (vec >= 10 && vec <= 14) || vec == 17 || vec == 21 || vec == 29 || vec == 30)
	pushl $0				# no error code: keep the frame's shape
	.endif
	pushl $vec
	jmp alltraps
	.set vec, vec + 1
	.endr

alltraps:
	pushal
	pushl %esp				# struct trap_frame *
	call trap
	addl $4, %esp
	popal
	addl $8, %esp				# vector and error code
	iret
